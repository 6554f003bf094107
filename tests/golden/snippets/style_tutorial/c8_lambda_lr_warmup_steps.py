# A linear warm-up then decay with LambdaLR, stepped per batch, and the scheduler's state_dict.
import torch
from torch import nn, optim

torch.manual_seed(1)
model = nn.Linear(3, 1)
optimizer = optim.AdamW(model.parameters(), lr=1e-3, weight_decay=0.01)
warmup, total = 3, 10

def lr_lambda(step):
    if step < warmup:
        return float(step + 1) / warmup
    return max(0.0, float(total - step) / float(max(1, total - warmup)))

scheduler = optim.lr_scheduler.LambdaLR(optimizer, lr_lambda)
x, y = torch.randn(8, 3), torch.randn(8, 1)
history = []
for step in range(total):
    loss = nn.functional.mse_loss(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    scheduler.step()
    history.append(f"{scheduler.get_last_lr()[0]:.2e}")
print(history)
print(loss.item())
print({k: v for k, v in scheduler.state_dict().items() if k != "lr_lambdas"})
print(optimizer)
