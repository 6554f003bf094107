# torch._foreach_* over a parameter list: overloads, in-place return, list-length errors
import torch
a = [torch.tensor([1.0, 2.0]), torch.tensor(3.0)]
b = [torch.tensor([0.5, -0.5]), torch.tensor(1.0)]
print(torch._foreach_add(a, b, alpha=2), torch._foreach_add(a, [1.0, 2.0]))
print(torch._foreach_sub(a, torch.tensor(2.0)), torch._foreach_mul(a, 0.5), torch._foreach_div(a, b))
print(torch._foreach_maximum(a, 1.5), torch._foreach_minimum(a, b), torch._foreach_clamp_min(a, 2.0))
print(torch._foreach_pow(a, 2), torch._foreach_pow(2.0, a))
print(torch._foreach_lerp(a, b, 0.25), torch._foreach_lerp(a, b, [0.1, 0.9]), torch._foreach_lerp(a, b, b))
print(torch._foreach_addcmul(a, b, b, value=0.5), torch._foreach_addcdiv(a, b, a, [1.0, 2.0]))
print(torch._foreach_addcmul(a, b, b, torch.tensor([1.0, 3.0])))
print(torch._foreach_norm(a), torch._foreach_norm(a, 1), torch._foreach_norm(a, float("inf")), torch._foreach_max(a))
print(torch._foreach_sqrt(a), torch._foreach_exp(b), torch._foreach_neg(a))
print(type(torch._foreach_mul(a, 2)).__name__, torch._foreach_mul_(a, 2) is a, a)
c = [t.clone() for t in a]
torch._foreach_zero_(c)
print(c, torch._foreach_copy_(c, b), torch._foreach_clone(b))
for call in (lambda: torch._foreach_add(a, b[:1]), lambda: torch._foreach_add(a, [1.0]),
             lambda: torch._foreach_mul([], 2.0), lambda: torch._foreach_lerp(a, b[:1], 0.5)):
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError:", e)
w = torch.ones(2, requires_grad=True)
try:
    torch._foreach_mul_([w], 2.0)
except RuntimeError as e:
    print(e)
with torch.no_grad():
    print(torch._foreach_mul_([w], 2.0))
