import torch
from torch import nn
from torch.func import functional_call

torch.manual_seed(11)
bn = nn.BatchNorm1d(2)
x = torch.randn(4, 2)
state = {k: v.clone() for k, v in bn.state_dict().items()}
print(sorted(state))
out = functional_call(bn, state, (x,))
print(out.shape)
print(bn.running_mean, bn.num_batches_tracked)
print(state["running_mean"].round(decimals=4), state["num_batches_tracked"])
bn.eval()
print(functional_call(bn, state, (x,)).shape)
