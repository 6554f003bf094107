# Udacity-style validation: top_p, top_class = ps.topk(1), equals, and the FloatTensor mean.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(784, 64), nn.ReLU(), nn.Linear(64, 10), nn.LogSoftmax(dim=1))
images = torch.randn(64, 784)
labels = torch.randint(0, 10, (64,))
ps = torch.exp(model(images))
print(ps.shape)
top_p, top_class = ps.topk(1, dim=1)
print(top_class[:5, :])
equals = top_class == labels.view(*top_class.shape)
print(equals.shape, equals.dtype)
try:
    accuracy = torch.mean(equals)
except RuntimeError as e:
    print(e)
accuracy = torch.mean(equals.type(torch.FloatTensor))
print(f'Accuracy: {accuracy.item()*100}%')
print(equals.type(torch.FloatTensor).dtype, equals.type())
wrong = top_class == labels
print(wrong.shape)
