import torch
from torch.optim.swa_utils import AveragedModel, SWALR, get_ema_multi_avg_fn

torch.manual_seed(4)
net = torch.nn.Linear(2, 2)
opt = torch.optim.SGD(net.parameters(), lr=0.5)
swa_sched = SWALR(opt, swa_lr=0.05, anneal_epochs=3, anneal_strategy="linear")
ema = AveragedModel(net, multi_avg_fn=get_ema_multi_avg_fn(0.9))
for epoch in range(5):
    opt.zero_grad()
    net(torch.randn(3, 2)).pow(2).sum().backward()
    opt.step()
    swa_sched.step()
    ema.update_parameters(net)
    print(epoch, [round(v, 4) for v in swa_sched.get_last_lr()])
print(ema.module.bias.data)
