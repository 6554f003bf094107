# per-sample policy gradients with torch.func (vmap over grad)
import torch
from torch.func import functional_call, grad, vmap

torch.manual_seed(137)
policy = torch.nn.Linear(3, 2)
params = {k: v.detach() for k, v in policy.named_parameters()}
def logp(p, s, a):
    return torch.log_softmax(functional_call(policy, p, (s,)), -1)[a]
S = torch.randn(4, 3)
A = torch.tensor([0, 1, 1, 0])
per = vmap(grad(logp), in_dims=(None, 0, 0))(params, S, A)
print(per["weight"].shape, per["bias"])
total, = torch.autograd.grad(torch.stack([logp(dict(policy.named_parameters()), s, a) for s, a in zip(S, A)]).sum(), policy.bias)
print(torch.allclose(per["bias"].sum(0), total))
