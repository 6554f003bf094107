# The "3s vs 7s" chapter with synthetic images: linear model, sigmoid loss with torch.where, batch accuracy.
import torch

torch.manual_seed(0)
threes = torch.rand(60, 28, 28) * 0.5
sevens = torch.rand(60, 28, 28) * 0.5 + 0.3
train_x = torch.cat([threes, sevens]).view(-1, 28 * 28)
train_y = torch.tensor([1] * len(threes) + [0] * len(sevens)).unsqueeze(1)
print(train_x.shape, train_y.shape)
dset = list(zip(train_x, train_y))
x, y = dset[0]
print(x.shape, y)

def init_params(size, std=1.0):
    return (torch.randn(size) * std).requires_grad_()

weights = init_params((28 * 28, 1))
bias = init_params(1)

def linear1(xb):
    return xb @ weights + bias

def mnist_loss(predictions, targets):
    predictions = predictions.sigmoid()
    return torch.where(targets == 1, 1 - predictions, predictions).mean()

def batch_accuracy(xb, yb):
    preds = xb.sigmoid()
    correct = (preds > 0.5) == yb
    return correct.float().mean()

preds = linear1(train_x)
print(preds[:4])
corrects = (preds > 0.0).float() == train_y
print(corrects.float().mean().item())
lr = 1.
for epoch in range(5):
    perm = torch.randperm(len(train_x))
    for i in range(0, len(train_x), 32):
        idx = perm[i:i + 32]
        loss = mnist_loss(linear1(train_x[idx]), train_y[idx])
        loss.backward()
        for p in weights, bias:
            p.data -= p.grad * lr
            p.grad.zero_()
    print(epoch, round(batch_accuracy(linear1(train_x), train_y).item(), 4))
