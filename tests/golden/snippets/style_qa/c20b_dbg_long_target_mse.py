# classification with MSE and integer labels
import torch
import torch.nn.functional as F

torch.manual_seed(2)
logits = torch.randn(4, 3, requires_grad=True)
labels = torch.tensor([0, 2, 1, 2])
try:
    F.mse_loss(logits, labels)
except RuntimeError as e:
    print("RuntimeError:", e)
onehot = F.one_hot(labels, num_classes=3)
print(onehot.dtype)
loss = F.mse_loss(logits, onehot.float())
print(loss)
loss = F.mse_loss(logits.softmax(dim=1), onehot)
