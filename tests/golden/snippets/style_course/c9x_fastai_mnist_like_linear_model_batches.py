# fast.ai lesson 4 shape: linear model on flattened fake 28x28 "images" with sigmoid loss, batch accuracy, epochs.
import torch

torch.manual_seed(42)
threes = torch.rand(40, 28, 28) * 0.5
sevens = torch.rand(40, 28, 28) * 0.5
threes[:, 5:20, 10:18] += 0.5
sevens[:, 3:8, :] += 0.5
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

g = torch.Generator().manual_seed(0)
dl = torch.utils.data.DataLoader(dset, batch_size=16, shuffle=True, generator=g)
xb, yb = next(iter(dl))
print(xb.shape, yb.shape)
lr = 1.0
for epoch in range(5):
    for xb, yb in dl:
        loss = mnist_loss(linear1(xb), yb)
        loss.backward()
        for p in (weights, bias):
            p.data -= p.grad * lr
            p.grad.zero_()
    acc = batch_accuracy(linear1(train_x), train_y)
    print(epoch, round(acc.item(), 4))
