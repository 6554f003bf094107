# makemore batch norm by hand: normalise with biased batch variance, track running stats with a momentum,
# and compare every step with nn.BatchNorm1d fed the same batches (it stores the unbiased variance).
import torch

g = torch.Generator().manual_seed(1408)
width, mom = 5, 0.1
scale = torch.ones(width, requires_grad=True)
shift = torch.zeros(width, requires_grad=True)
run_mu, run_var = torch.zeros(width), torch.ones(width)
ref = torch.nn.BatchNorm1d(width, momentum=mom)
for step in range(3):
    pre = torch.randn(16, width, generator=g) * 3 + 2
    mu = pre.mean(dim=0)
    var_b = ((pre - mu) ** 2).mean(dim=0)
    normed = scale * (pre - mu) * torch.rsqrt(var_b + 1e-5) + shift
    with torch.no_grad():
        run_mu.mul_(1 - mom).add_(mom * mu)
        run_var.mul_(1 - mom).add_(mom * pre.var(dim=0))
    print(step, (normed - ref(pre)).abs().max().item() < 1e-5)
print(run_mu, torch.allclose(run_var, ref.running_var))
normed.tanh().sum().backward()
print(scale.grad, normed.grad_fn)
probe = torch.full((2, width), 2.0)
print((probe - run_mu) / torch.sqrt(run_var + 1e-5))
print(ref.eval()(probe))
