# LR schedulers: ExponentialLR and MultiStepLR chained on one optimizer, printing the learning rate each epoch.
import torch

torch.manual_seed(0)
model = torch.nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.5)
scheduler1 = torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=0.9)
scheduler2 = torch.optim.lr_scheduler.MultiStepLR(optimizer, milestones=[3, 5], gamma=0.1)
x = torch.randn(8, 2)
y = x.sum(1, keepdim=True)
for epoch in range(7):
    optimizer.zero_grad()
    loss = torch.nn.functional.mse_loss(model(x), y)
    loss.backward()
    optimizer.step()
    scheduler1.step()
    scheduler2.step()
    print(epoch, round(loss.item(), 6), optimizer.param_groups[0]["lr"], scheduler2.get_last_lr())
print(scheduler1.state_dict())
cos = torch.optim.lr_scheduler.CosineAnnealingLR(torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=1.0), T_max=4)
lrs = []
for _ in range(6):
    cos.optimizer.step()
    cos.step()
    lrs.append(cos.get_last_lr()[0])
print(lrs)
