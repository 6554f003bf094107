# cs231n assignment 2: inverted dropout forward in train/test mode, mask statistics and backward by hand vs autograd.
import torch

torch.manual_seed(231)
x = torch.randn(500, 500) + 10
for p in [0.25, 0.4, 0.7]:
    mask = (torch.rand(*x.shape) < p) / p
    out = x * mask
    out_test = x
    print("Running tests with p = ", p)
    print("Mean of input: ", round(x.mean().item(), 4))
    print("Mean of train-time output: ", round(out.mean().item(), 4))
    print("Mean of test-time output: ", round(out_test.mean().item(), 4))
    print("Fraction of train-time output set to zero: ", round((out == 0).float().mean().item(), 4))
xs = torch.randn(6, 4, requires_grad=True)
mask = (torch.rand(6, 4) < 0.5) / 0.5
dout = torch.randn(6, 4)
(xs * mask).backward(dout)
print(torch.equal(xs.grad, dout * mask), mask.unique())
