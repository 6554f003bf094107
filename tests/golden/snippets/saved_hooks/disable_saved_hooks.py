import torch
from torch.autograd.graph import disable_saved_tensors_hooks, saved_tensors_hooks, save_on_cpu

x = torch.tensor([1.0, 2.0], requires_grad=True)

with disable_saved_tensors_hooks("saved tensor hooks are off here"):
    for make in (lambda: saved_tensors_hooks(lambda t: t, lambda t: t), lambda: save_on_cpu()):
        try:
            with make():
                pass
        except RuntimeError as e:
            print("RuntimeError", e)
    print(x * x)  # ops still work

@disable_saved_tensors_hooks("not in this function")
def f():
    with saved_tensors_hooks(lambda t: t, lambda t: t):
        pass

try:
    f()
except RuntimeError as e:
    print("RuntimeError", e)

with disable_saved_tensors_hooks("outer"):
    with disable_saved_tensors_hooks("inner"):
        pass
    try:
        with saved_tensors_hooks(lambda t: t, lambda t: t):
            pass
    except RuntimeError as e:
        print("RuntimeError", e)

with saved_tensors_hooks(lambda t: print("pack") or t, lambda t: t):
    try:
        with disable_saved_tensors_hooks("hooks are active"):
            print("entered")
    except RuntimeError as e:
        print("RuntimeError", e)
    y = x.sin()

with saved_tensors_hooks(lambda t: t, lambda t: t):
    print("hooks allowed again")
