# The argument errors of torch.device, torch.finfo/iinfo, torch.Size, torch.Generator and torch.tensor
import torch


def show(make):
    try:
        print(make())
    except (TypeError, RuntimeError) as e:
        print(type(e).__name__, e)


show(lambda: torch.device("cpu", "a"))
show(lambda: torch.device("cpu", 0, 1))
show(lambda: torch.device(foo="cpu"))
show(lambda: torch.device())
show(lambda: torch.device(""))
show(lambda: torch.device(torch.device("cpu"), 1))
show(lambda: torch.device(True))
show(lambda: torch.device(type="cpu", index=1))
show(lambda: torch.iinfo(torch.float32))
show(lambda: torch.finfo(1))
show(lambda: torch.iinfo())
show(lambda: torch.finfo(float))
show(lambda: torch.iinfo(int))
show(lambda: torch.finfo(torch.float32, 1))
for sizes in ([1.5], ["a"], [torch.ones(1)], [None], (1, True), torch.tensor([2, 3])):
    show(lambda: torch.Size(sizes))
for args, kwargs in ((("foo",), {}), ((1,), {}), ((), {"device": "meta"}), (("cpu", 1), {}), ((1.5,), {})):
    show(lambda: torch.Generator(*args, **kwargs))
print(torch.Generator("cpu").device, torch.Generator(device=None).initial_seed())
show(lambda: torch.tensor(1, pin_memory=1))
show(lambda: torch.tensor(1, device=1.5))
show(lambda: torch.as_tensor(1, torch.float32))
show(lambda: torch.as_tensor())
show(lambda: torch.Tensor(2, 3, device="meta"))
