# fast.ai chapter 4 style: init_params, linear1, mnist_loss, calc_grad, train_epoch and batch_accuracy on synthetic "images".
import torch

torch.manual_seed(42)
threes = torch.rand(60, 28 * 28) * 0.6 + torch.linspace(0, 0.4, 28 * 28)
sevens = torch.rand(60, 28 * 28) * 0.6 + torch.linspace(0.4, 0, 28 * 28)
train_x = torch.cat([threes[:50], sevens[:50]])
train_y = torch.tensor([1] * 50 + [0] * 50).unsqueeze(1)
valid_x = torch.cat([threes[50:], sevens[50:]])
valid_y = torch.tensor([1] * 10 + [0] * 10).unsqueeze(1)
print(train_x.shape, train_y.shape, valid_x.shape)
dset = list(zip(train_x, train_y))
x, y = dset[0]
print(x.shape, y)

def init_params(size, std=1.0):
    return (torch.randn(size) * std).requires_grad_()

weights = init_params((28 * 28, 1), std=0.01)
bias = init_params(1)

def linear1(xb):
    return xb @ weights + bias

def mnist_loss(predictions, targets):
    predictions = predictions.sigmoid()
    return torch.where(targets == 1, 1 - predictions, predictions).mean()

def calc_grad(xb, yb, model):
    loss = mnist_loss(model(xb), yb)
    loss.backward()

def train_epoch(model, lr, params):
    for i in range(0, len(train_x), 20):
        xb, yb = train_x[i:i + 20], train_y[i:i + 20]
        calc_grad(xb, yb, model)
        for p in params:
            p.data -= p.grad * lr
            p.grad.zero_()

def batch_accuracy(xb, yb):
    preds = xb.sigmoid()
    correct = (preds > 0.5) == yb
    return correct.float().mean()

def validate_epoch(model):
    accs = [batch_accuracy(model(valid_x[i:i + 10]), valid_y[i:i + 10]) for i in range(0, 20, 10)]
    return round(torch.stack(accs).mean().item(), 4)

print(validate_epoch(linear1))
for epoch in range(5):
    train_epoch(linear1, 1.0, (weights, bias))
    print(epoch, validate_epoch(linear1))
print(bias, weights.grad.abs().sum())
