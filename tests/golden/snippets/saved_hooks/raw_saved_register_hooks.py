# One saved tensor's own hooks: grad_fn._raw_saved_<name>.register_hooks(pack, unpack)
import torch

x = torch.tensor([0.5, 1.0, 2.0], requires_grad=True)
y = x.exp()
print([name for name in dir(y.grad_fn) if "saved" in name], type(y.grad_fn._raw_saved_result).__name__)


def pack(t):
    print("pack", t)
    return t * 2


def unpack(t):
    print("unpack")
    return t


y.grad_fn._raw_saved_result.register_hooks(pack, unpack)
print(y.grad_fn._saved_result)
y.sum().backward()
print(x.grad)
z = x * 3
for call in [lambda: y.grad_fn._raw_saved_result.register_hooks(pack, unpack),
             lambda: z.grad_fn._raw_saved_self.register_hooks(pack, unpack),
             lambda: x.sin().grad_fn._raw_saved_self.register_hooks(pack)]:
    try:
        call()
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, str(e).split("\n")[0])
