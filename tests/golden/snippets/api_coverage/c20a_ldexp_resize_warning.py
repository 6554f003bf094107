# torch.ldexp: an input grown by broadcasting against integer exponents warns; out= and ldexp_ do not
import torch

print(torch.ldexp(torch.tensor([1.]), torch.tensor([1., 2.])))
print(torch.ldexp(torch.tensor(1.5), torch.tensor([1, 2])))
print(torch.tensor([1., 2.]).ldexp(torch.tensor([[1], [2]])))
print(torch.ldexp(torch.tensor([1, 2]), torch.tensor([[3], [4]])))
print(torch.ldexp(torch.tensor([1.], dtype=torch.float64), torch.tensor([1, 2], dtype=torch.int32)))
print(torch.ldexp(torch.tensor([1.]), torch.tensor([1, 2]), out=torch.zeros(2)))
x = torch.tensor([1., 2.])
print(x.ldexp_(torch.tensor([3, 4])))
for a, b in [(torch.tensor([1., 2.]), torch.tensor([True, False])), (torch.tensor([1., 2.]), torch.tensor([1, 2, 3]))]:
    try:
        torch.ldexp(a, b)
    except (NotImplementedError, RuntimeError) as e:
        print(type(e).__name__, e)
try:
    x.ldexp_(torch.tensor([[1], [2]]))
except RuntimeError as e:
    print("RuntimeError:", e)
