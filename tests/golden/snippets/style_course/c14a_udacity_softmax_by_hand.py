# Udacity intro: a softmax written with exp and sum(dim=1).view(-1, 1), checked row sums and against torch.softmax.
import torch


def softmax(x):
    return torch.exp(x) / torch.sum(torch.exp(x), dim=1).view(-1, 1)


torch.manual_seed(13)
inputs = torch.randn(4, 784)
w1 = torch.randn(784, 32)
b1 = torch.randn(32)
w2 = torch.randn(32, 10)
b2 = torch.randn(10)
h = torch.sigmoid(torch.mm(inputs, w1) + b1)
out = torch.mm(h, w2) + b2
probabilities = softmax(out)
print(probabilities.shape)
print(probabilities.sum(dim=1))
print(torch.allclose(probabilities, torch.softmax(out, dim=1)))
print(softmax(torch.tensor([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])))
print(softmax(torch.tensor([[1000.0, 0.0]])), torch.softmax(torch.tensor([[1000.0, 0.0]]), dim=1))
try:
    torch.exp(inputs) / torch.sum(torch.exp(inputs), dim=1)
except RuntimeError as e:
    print(e)
