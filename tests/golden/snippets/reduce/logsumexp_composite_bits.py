# logsumexp in float32 and float64 to the last digit: ATen's composite (max, exp, sum, log, + max);
# an infinite max shifts by 0. (float32 log matches MKL's last bit for ~96% of inputs, so a case
# may differ in the last digit: see docs/parity-float32-math.md.)
import torch

torch.manual_seed(1)
torch.randn(5, 7)
for shape, dim in [((3, 4, 5), (0, 2)), ((100,), 0), ((8, 33), -1), ((64, 10), 1), ((10, 3), 0)]:
    x = torch.randn(*shape) * 3
    print(torch.logsumexp(x, dim).tolist())
    print(x.double().logsumexp(dim).tolist())
x = torch.tensor([[float('inf'), 1.], [float('-inf'), float('-inf')], [float('nan'), 1.], [1., 2.]])
print(torch.logsumexp(x, 1), torch.logsumexp(x, 1, keepdim=True))
y = torch.randn(4, 5, requires_grad=True)
z = torch.logsumexp(y, 1)
z.sum().backward()
print(type(z.grad_fn).__name__, y.grad)
