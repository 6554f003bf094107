import torch
import torch.autograd.forward_ad as fwAD

x = torch.tensor([1.0, 2.0])
print(fwAD.unpack_dual(x))
level = fwAD.enter_dual_level()
print(level)
fwAD.exit_dual_level()
for bad in [
    lambda: fwAD.make_dual(x, torch.ones(2)),
    lambda: fwAD.exit_dual_level(),
]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
with fwAD.dual_level():
    for bad in [
        lambda: fwAD.make_dual(x, torch.ones(3)),
        lambda: fwAD.make_dual(torch.tensor([1, 2]), torch.tensor([1, 2])),
        lambda: fwAD.unpack_dual(3.0),
        lambda: fwAD.dual_level().__enter__(),
    ]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
