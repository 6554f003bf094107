# A linear model with sigmoid on a two-class toy set: loss, gradient steps and accuracy.
import torch

torch.manual_seed(42)
train_x = torch.cat([torch.randn(20, 4) + 1, torch.randn(20, 4) - 1])
train_y = torch.tensor([1] * 20 + [0] * 20).unsqueeze(1)
def init_params(size, std=1.0):
    return (torch.randn(size) * std).requires_grad_()
weights = init_params((4, 1))
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
lr = 1.0
for epoch in range(4):
    loss = mnist_loss(linear1(train_x), train_y)
    loss.backward()
    for p in (weights, bias):
        p.data -= p.grad * lr
        p.grad.zero_()
    print(epoch, round(batch_accuracy(linear1(train_x), train_y).item(), 4), f'{loss:.4f}')
print(weights.shape, bias)
