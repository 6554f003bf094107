# Q: "RuntimeError: expected scalar type Float but found Long" when feeding integer features to my model.
import torch
from torch import nn

torch.manual_seed(0)
features = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9], [1, 0, 1]])
labels = torch.tensor([0, 1, 1, 0])
model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
print(features.dtype, model[0].weight.dtype)
try:
    model(features)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.matmul(features, model[0].weight.T)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    model[0].weight @ features.T
except RuntimeError as e:
    print("RuntimeError:", e)
out = model(features.float())
print(out.dtype, out.shape)
loss = nn.CrossEntropyLoss()(out, labels)
print(loss.dtype, loss.grad_fn)
try:
    nn.CrossEntropyLoss()(out, labels.float().unsqueeze(1))
except RuntimeError as e:
    print("RuntimeError:", e)
print(model(features.to(torch.float32)).argmax(1))
