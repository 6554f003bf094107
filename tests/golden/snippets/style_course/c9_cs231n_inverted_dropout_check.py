# cs231n dropout: inverted dropout by hand, mean of train vs test output, fraction zeroed, and nn.Dropout.
import torch

def dropout_forward(x, p, mode, gen):
    if mode == "train":
        mask = (torch.rand(x.shape, generator=gen) < p) / p
        return x * mask, mask
    return x, None

gen = torch.Generator().manual_seed(231)
x = torch.randn(500, 500, generator=gen) + 10
for p in [0.25, 0.4, 0.7]:
    out, _ = dropout_forward(x, p, "train", gen)
    out_test, _ = dropout_forward(x, p, "test", gen)
    print("Running tests with p = ", p)
    print("Mean of input: ", round(x.mean().item(), 3))
    print("Mean of train-time output: ", round(out.mean().item(), 2))
    print("Mean of test-time output: ", round(out_test.mean().item(), 3))
    print("Fraction of train-time output set to zero: ", round((out == 0).float().mean().item(), 2))
    print("Fraction of test-time output set to zero: ", (out_test == 0).float().mean().item())
xs = torch.randn(4, 3, generator=gen, requires_grad=True)
out, mask = dropout_forward(xs, 0.5, "train", gen)
out.sum().backward()
print(torch.equal(xs.grad, mask), mask.dtype)
torch.manual_seed(0)
drop = torch.nn.Dropout(p=0.5)
y = drop(torch.ones(2, 8))
print(y)
drop.eval()
print(drop(torch.ones(2, 8)), drop)
