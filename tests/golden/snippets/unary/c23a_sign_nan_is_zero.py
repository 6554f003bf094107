# sign and sgn of NaN are 0 in PyTorch (NumPy keeps NaN), so is abs's gradient there
import torch

x = torch.tensor([float("nan"), -2.0, 0.0, -0.0, 3.0, float("-inf")], requires_grad=True)
print(torch.sign(x), x.sgn())
print(torch.sign(x.detach().double()), torch.sign(x.detach().half()), torch.sign(x.detach().bfloat16()))
x.abs().sum().backward()
print(x.grad)
y = x.detach().clone()
y.sign_()
print(y, torch.sign(torch.tensor(float("nan"))), torch._foreach_sign([x.detach()])[0])
print((x.detach() + 0.5 * x.detach().sign()).clamp(-1, 1))
