# Learning-rate schedulers explained: StepLR
import torch

model = torch.nn.Linear(1, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=3, gamma=0.5)
for epoch in range(10):
    optimizer.step()
    print(f"Epoch {epoch}: lr = {scheduler.get_last_lr()[0]:.4f}")
    scheduler.step()
print(scheduler.state_dict())
