# AveragedModel with a multi_avg_fn (and the default mean): which dtype groups it is called with, in
# which order, and what a group that raises (the SWA list rule on BatchNorm's int64 counter) leaves behind.
import torch
import torch.nn as nn
from torch.optim.swa_utils import AveragedModel, get_swa_multi_avg_fn

torch.manual_seed(3)


class Mixed(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 2)
        self.register_buffer("scale", torch.ones(2, dtype=torch.float64))
        self.register_buffer("mask", torch.ones(2, dtype=torch.bool))
        self.register_buffer("low", torch.ones(2, dtype=torch.bfloat16))
        self.register_buffer("steps", torch.zeros((), dtype=torch.int32))
        self.bn = nn.BatchNorm1d(2)


def show(averaged, current, n):
    print("  group", averaged[0].dtype, len(averaged), "n =", n.item())


model = Mixed()
avg = AveragedModel(model, multi_avg_fn=show, use_buffers=True)
for _ in range(2):
    avg.update_parameters(model)

bn_model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
swa = AveragedModel(bn_model, multi_avg_fn=get_swa_multi_avg_fn(), use_buffers=True)
for k in range(3):
    bn_model(torch.randn(6, 2) * (k + 1))
    with torch.no_grad():
        bn_model[0].bias.add_(1.0)
    try:
        swa.update_parameters(bn_model)
    except RuntimeError as e:
        print(k, "RuntimeError:", str(e)[:48])
    print(k, swa.n_averaged.item(), swa.module[1].running_var, swa.module[0].bias.data)

# the default SWA mean visits the dtype groups in the same order: the bool group raises first
flagged = nn.Linear(2, 1)
flagged.register_buffer("flag", torch.tensor([True, False]))
plain = AveragedModel(flagged, use_buffers=True)
for k in range(2):
    with torch.no_grad():
        flagged.weight.add_(1.0)
    try:
        plain.update_parameters(flagged)
    except RuntimeError as e:
        print("RuntimeError:", str(e)[:60])
    print(plain.n_averaged.item(), plain.module.weight.data, plain.module.flag)
