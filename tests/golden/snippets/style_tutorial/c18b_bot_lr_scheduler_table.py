"""How a StepLR scheduler changes the learning rate."""
import torch

param = torch.nn.Parameter(torch.zeros(1))
optimizer = torch.optim.SGD([param], lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)

print(f"{'epoch':>5} | {'lr':>8}")
for epoch in range(6):
    print(f"{epoch:>5} | {scheduler.get_last_lr()[0]:>8.4f}")
    optimizer.step()
    scheduler.step()
