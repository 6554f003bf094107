# "What is torch.nn really": a logistic model from scratch, log_softmax and nll by hand.
import math
import torch

torch.manual_seed(23)
x_train = torch.rand(64, 20)
y_train = torch.randint(0, 10, (64,))
weights = torch.randn(20, 10) / math.sqrt(20)
weights.requires_grad_()
bias = torch.zeros(10, requires_grad=True)

def log_softmax(x):
    return x - x.exp().sum(-1).log().unsqueeze(-1)

def model(xb):
    return log_softmax(xb @ weights + bias)

def nll(input, target):
    return -input[range(target.shape[0]), target].mean()

def accuracy(out, yb):
    preds = torch.argmax(out, dim=1)
    return (preds == yb).float().mean()

xb = x_train[0:16]
preds = model(xb)
print(preds[0], preds.shape)
print(nll(preds, y_train[0:16]), accuracy(preds, y_train[0:16]))
