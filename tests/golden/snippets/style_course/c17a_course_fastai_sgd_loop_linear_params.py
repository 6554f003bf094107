# fast.ai-style training loop pieces: calc_grad, train_epoch, validate_epoch with a Linear model
import torch
from torch import nn

torch.manual_seed(42)
def mnist_loss(predictions, targets):
    predictions = predictions.sigmoid()
    return torch.where(targets == 1, 1 - predictions, predictions).mean()

def calc_grad(xb, yb, model):
    loss = mnist_loss(model(xb), yb)
    loss.backward()

linear_model = nn.Linear(4, 1)
w, b = linear_model.parameters()
print(w.shape, b.shape)
x = torch.randn(24, 4)
y = (x[:, :1] > 0).float()
def batch_accuracy(xb, yb):
    return ((xb.sigmoid() > 0.5) == yb).float().mean()
for epoch in range(3):
    for i in range(0, 24, 8):
        calc_grad(x[i:i + 8], y[i:i + 8], linear_model)
        for p in linear_model.parameters():
            p.data -= p.grad * 1.0
            p.grad.zero_()
    accs = [batch_accuracy(linear_model(x[i:i + 8]), y[i:i + 8]) for i in range(0, 24, 8)]
    print(round(torch.stack(accs).mean().item(), 4), end=" ")
print()
