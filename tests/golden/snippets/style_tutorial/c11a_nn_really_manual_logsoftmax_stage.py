# "What is torch.nn really" stage 1: a hand-written log_softmax model, nll loss and accuracy, trained by hand.
import math
import torch

torch.manual_seed(0)
x_train = torch.randn(256, 20)
y_train = (x_train[:, :5].sum(1) > 0).long() + (x_train[:, 5] > 1).long()
n, c = x_train.shape
weights = torch.randn(20, 3) / math.sqrt(20)
weights.requires_grad_()
bias = torch.zeros(3, requires_grad=True)

def log_softmax(x):
    return x - x.exp().sum(-1).log().unsqueeze(-1)

def model(xb):
    return log_softmax(xb @ weights + bias)

def nll(input, target):
    return -input[range(target.shape[0]), target].mean()

def accuracy(out, yb):
    preds = torch.argmax(out, dim=1)
    return (preds == yb).float().mean()

bs = 64
xb = x_train[0:bs]
preds = model(xb)
print(preds[0], preds.shape)
loss_func = nll
yb = y_train[0:bs]
print(loss_func(preds, yb))
print(accuracy(preds, yb))
lr = 0.5
epochs = 2
for epoch in range(epochs):
    for i in range((n - 1) // bs + 1):
        start_i = i * bs
        end_i = start_i + bs
        xb = x_train[start_i:end_i]
        yb = y_train[start_i:end_i]
        pred = model(xb)
        loss = loss_func(pred, yb)
        loss.backward()
        with torch.no_grad():
            weights -= weights.grad * lr
            bias -= bias.grad * lr
            weights.grad.zero_()
            bias.grad.zero_()
    print(epoch, loss.item())
print(loss_func(model(xb), yb), accuracy(model(xb), yb))
