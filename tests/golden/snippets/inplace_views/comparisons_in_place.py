import torch

x = torch.tensor([1., 2., 3.])
print(x.clone().eq_(2.), x.clone().ne_(2.), x.clone().lt_(2.), x.clone().le_(2.), x.clone().gt_(2.), x.clone().ge_(2.))
print(x.clone().greater_(2.), x.clone().greater_equal_(2.), x.clone().less_(2.), x.clone().less_equal_(2.),
      x.clone().not_equal_(2.))
n = torch.tensor([1, 2, 3])
print(n.eq_(torch.tensor([2, 2, 2])), torch.tensor([True, False]).lt_(torch.tensor([True, True])))
w = torch.tensor([1., 2., 3.], requires_grad=True)
o = torch.tensor([2., 2., 2.], requires_grad=True)
y = w.clone()
y.eq_(o)
print(y, y.grad_fn.name(), [type(f).__name__ if f else None for f, _ in y.grad_fn.next_functions])
y.sum().backward()
print(w.grad, o.grad)
z = w * 1
z.gt_(torch.tensor(2.))
print(z)
z = w * 1
z.gt_(2)
print(z)
(z * 3).sum().backward()
print(w.grad)
try:
    w.eq_(1.)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.tensor([1., 2., 3.]).eq_(torch.ones(2, 3))
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor([1., 0., 3.]).logical_and_(torch.tensor([1., 1., 0.])), torch.tensor([1., 0.]).logical_not_())
v = torch.tensor([1., 0., 3.], requires_grad=True).clone()
print(v.logical_or_(torch.tensor([0., 0., 1.])))
print(torch.tensor([1., 2.], dtype=torch.float64).float_power_(2), torch.tensor([1, 2]).float_power if False else "")
for t in (torch.tensor([1., 2.]), torch.tensor([1, 2])):
    try:
        t.float_power_(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
a = torch.tensor([0.5, 0.25], requires_grad=True)
for name in ("arccos_", "arcsin_", "arctan_", "fix_", "deg2rad_", "rad2deg_", "exp2_", "sgn_", "sinc_"):
    print(name, getattr(a.clone(), name)())
print(torch.tensor([1., 2.], requires_grad=True).clone().arctan2_(torch.tensor([1., 1.])))
for name in ("hypot_", "copysign_", "xlogy_", "heaviside_", "ldexp_"):
    print(name, getattr(torch.tensor([1., 2.], requires_grad=True).clone(), name)(torch.tensor([3., -1.])))
print(torch.tensor([4, 6]).gcd_(torch.tensor([6, 4])), torch.tensor([4, 6]).lcm_(torch.tensor([6, 4])))
print(torch.tensor([1., 2., 3.], requires_grad=True).clone().cumprod_(0))
