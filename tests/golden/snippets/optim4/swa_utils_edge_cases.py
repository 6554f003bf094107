# swa_utils edge cases: SWALR with anneal_epochs=0, per-group and tensor swa_lr, an lr changed by hand
# mid-anneal, state_dict round trip; update_bn without BatchNorm and with dict/tensor batches;
# AveragedModel with a custom avg_fn and use_buffers on integer buffers (one-tensor and EMA list forms).
import torch
import torch.nn as nn
from torch.optim.swa_utils import SWALR, AveragedModel, get_ema_multi_avg_fn, update_bn

torch.manual_seed(1)
w1, w2 = nn.Parameter(torch.zeros(2)), nn.Parameter(torch.zeros(2))
opt = torch.optim.SGD([{"params": [w1]}, {"params": [w2], "lr": 0.5}], lr=1.0)
s = SWALR(opt, swa_lr=[0.1, torch.tensor(0.05)], anneal_epochs=3, anneal_strategy="cos")
print(s.get_last_lr(), opt.param_groups[1]["swa_lr"], s.anneal_epochs)
for i in range(5):
    opt.step()
    s.step()
    if i == 1:
        opt.param_groups[0]["lr"] = 0.7  # a change by hand is picked up as the new starting point
    print(i, s.get_last_lr(), s.last_epoch)
saved = s.state_dict()
print(sorted(saved), saved["_anneal_strategy"], saved["base_lrs"])
opt2 = torch.optim.SGD([nn.Parameter(torch.zeros(1))], lr=2.0)
s2 = SWALR(opt2, swa_lr=0.3, anneal_epochs=0, anneal_strategy="linear")
print(s2.get_last_lr())
opt2.step()
s2.step()
print(s2.get_last_lr())
s3 = SWALR(torch.optim.SGD([nn.Parameter(torch.zeros(1))], lr=1.0), swa_lr=0.2, anneal_epochs=5,
           anneal_strategy="linear")
s3.load_state_dict(saved)
print(s3._anneal_strategy, s3.anneal_epochs, s3.last_epoch, s3.anneal_func(0.5))
for bad in (lambda: SWALR(opt, swa_lr=[0.1]), lambda: SWALR(opt, 0.1, anneal_epochs=2.0),
            lambda: SWALR(opt, [0.1], anneal_strategy="exp")):
    try:
        bad()
    except ValueError as e:
        print("ValueError", e)

plain = nn.Sequential(nn.Linear(2, 2), nn.ReLU())
plain.eval()
update_bn([torch.randn(3, 2)], plain)
print(plain.training)
net = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3, momentum=0.3))
net.eval()
calls = []
class Wrap(nn.Module):
    def __init__(self, inner):
        super().__init__()
        self.inner = inner
    def forward(self, batch):
        calls.append(type(batch).__name__)
        return self.inner(batch["x"] if isinstance(batch, dict) else batch)
wrapped = Wrap(net)
update_bn([{"x": torch.randn(4, 2)}, [torch.randn(4, 2), 0], torch.randn(4, 2)], wrapped)
print(calls, net[1].momentum, net.training, net[1].num_batches_tracked)
print(net[1].running_mean, net[1].running_var)

model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
avg = AveragedModel(model, avg_fn=lambda a, c, n: a * 0.5 + c * 0.5 + n, use_buffers=True)
multi = AveragedModel(model, multi_avg_fn=get_ema_multi_avg_fn(0.75), use_buffers=True)
plain_avg = AveragedModel(model, use_buffers=True)
for k in range(3):
    model.train()
    model(torch.randn(5, 2) * (k + 1))
    with torch.no_grad():
        model[0].weight.add_(k)
    for m in (avg, multi, plain_avg):
        m.update_parameters(model)
print(avg.module[0].weight, avg.module[1].num_batches_tracked, avg.n_averaged)
print(multi.module[1].num_batches_tracked, multi.module[1].running_var)
print(plain_avg.module[1].num_batches_tracked, plain_avg.module[1].running_mean)
print(list(plain_avg.state_dict().keys()))
print(plain_avg.module[0].weight.requires_grad, plain_avg.module[0].weight.grad_fn)
