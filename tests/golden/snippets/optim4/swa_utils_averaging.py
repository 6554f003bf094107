# swa_utils: AveragedModel (SWA default, EMA avg_fn and multi_avg_fn, use_buffers), SWALR lrs, update_bn.
import torch
import torch.nn as nn
from torch.optim.swa_utils import (SWALR, AveragedModel, get_ema_avg_fn, get_ema_multi_avg_fn,
                                   get_swa_multi_avg_fn, update_bn)

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Linear(4, 1))
swa = AveragedModel(model)
ema = AveragedModel(model, avg_fn=get_ema_avg_fn(0.9))
ema_multi = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.9), use_buffers=True)
swa_multi = AveragedModel(model, multi_avg_fn=get_swa_multi_avg_fn())
print(swa)
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
sched = SWALR(opt, swa_lr=0.02, anneal_epochs=3, anneal_strategy="linear")
x, y = torch.randn(16, 3), torch.randn(16, 1)
for step in range(5):
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()
    for m in (swa, ema, ema_multi, swa_multi):
        m.update_parameters(model)
    sched.step()
    print(step, sched.get_last_lr(), swa.n_averaged, ema_multi.n_averaged)
print(swa.module[0].weight)
print(ema.module[0].weight)
print(ema_multi.module[0].weight)
print(swa_multi.module[2].bias, swa.module[2].bias)
print(ema_multi.module[1].running_mean, swa.module[1].running_mean, model[1].running_mean)
print(list(swa.state_dict().keys())[:4])
update_bn([(x, y), (x * 2, y)], swa)
print(swa.module[1].running_mean, swa.module[1].momentum, swa.training)
swa.eval()
print(swa(x[:2]))
cos = SWALR(torch.optim.SGD([nn.Parameter(torch.zeros(1))], lr=1.0), swa_lr=0.1, anneal_epochs=4)
lrs = []
for _ in range(6):
    cos.optimizer.step()
    cos.step()
    lrs.append(round(cos.get_last_lr()[0], 6))
print(lrs, cos.state_dict()["_anneal_strategy"])
for bad in (lambda: SWALR(opt, 0.1, anneal_strategy="exp"), lambda: SWALR(opt, 0.1, anneal_epochs=-1),
            lambda: AveragedModel(model, avg_fn=get_ema_avg_fn(), multi_avg_fn=get_ema_multi_avg_fn()),
            lambda: get_ema_avg_fn(1.5)):
    try:
        bad()
    except (ValueError, AssertionError) as e:
        print(type(e).__name__, e)
