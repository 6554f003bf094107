# Fine-tuning with parameter groups (small lr for the body, larger for the head) and ReduceLROnPlateau.
import torch
import torch.nn as nn

torch.manual_seed(1444)
body = nn.Linear(4, 4)
head = nn.Linear(4, 1)
opt = torch.optim.SGD([{'params': body.parameters(), 'lr': 1e-3},
                       {'params': head.parameters()}], lr=1e-2, momentum=0.9)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(opt, mode='min', factor=0.5, patience=1)
print([g['lr'] for g in opt.param_groups], opt.param_groups[0]['momentum'])
x, y = torch.randn(8, 4), torch.randn(8, 1)
for epoch, fake_val in enumerate([1.0, 0.9, 0.95, 0.97, 0.99, 0.5]):
    opt.zero_grad()
    loss = nn.functional.mse_loss(head(torch.relu(body(x))), y)
    loss.backward()
    opt.step()
    sched.step(fake_val)
    print(epoch, round(loss.item(), 6), [g['lr'] for g in opt.param_groups], sched.num_bad_epochs)
opt.add_param_group({'params': [torch.zeros(2, requires_grad=True)], 'lr': 0.5})
print(len(opt.param_groups), opt.param_groups[2]['momentum'], sched.get_last_lr())
