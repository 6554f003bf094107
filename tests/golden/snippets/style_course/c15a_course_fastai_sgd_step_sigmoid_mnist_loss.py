# fast.ai lesson 4 style: linear model, sigmoid mnist_loss with torch.where, train_epoch and batch_accuracy
import torch

def rand_param(*shape, scale=1.0):
    return (torch.randn(*shape) * scale).requires_grad_()

def threes_loss(acts, labels):
    probs = torch.sigmoid(acts)
    return torch.where(labels == 1, 1 - probs, probs).mean()

def acc(acts, labels):
    return ((acts.sigmoid() > 0.5) == labels).float().mean()

torch.manual_seed(42)
train_x = torch.randn(24, 9)
train_y = (train_x[:, :3].sum(1, keepdim=True) > 0).float()
weights, bias = rand_param(9, 1), rand_param(1)
for ep in range(4):
    for start in range(0, 24, 8):
        loss = threes_loss(train_x[start:start + 8] @ weights + bias, train_y[start:start + 8])
        loss.backward()
        with torch.no_grad():
            weights -= weights.grad
            bias -= bias.grad
        weights.grad = bias.grad = None
    print(round(acc(train_x @ weights + bias, train_y).item(), 4), loss.item())
print(bias, weights.grad)
