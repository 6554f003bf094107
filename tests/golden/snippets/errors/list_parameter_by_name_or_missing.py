# A list-of-ints parameter given by name or left out: PyTorch's parser takes the name, and names
# the parameter when it is missing (the empty list is another thing).
import torch
x=torch.ones(3)
cases = {
 "x.repeat(repeats=(2,))": lambda: x.repeat(repeats=(2,)),
 "x.reshape(shape=(3,))": lambda: x.reshape(shape=(3,)),
 "x.expand(size=(2,3))": lambda: x.expand(size=(2, 3)),
 "x.permute(dims=(0,))": lambda: x.permute(dims=(0,)),
 "x.tile(dims=(2,))": lambda: x.tile(dims=(2,)),
 "x.view(size=(3,))": lambda: x.view(size=(3,)),
 "torch.reshape(x)": lambda: torch.reshape(x),
 "torch.tile(x)": lambda: torch.tile(x),
 "torch.permute(x)": lambda: torch.permute(x),
 "x.flip()": lambda: x.flip(),
 "x.tile(2,3)": lambda: x.tile(2, 3),
 "x.repeat(2, 3)": lambda: x.repeat(2, 3),
 "torch.ones(()).repeat()": lambda: torch.ones(()).repeat(),
 "torch.ones(()).tile()": lambda: torch.ones(()).tile(),
 "x.tile(())": lambda: x.tile(()),
 "x.repeat(foo=1)": lambda: x.repeat(foo=1),
}
for k, f in cases.items():
    try: print(k, "->", tuple(f().shape))
    except Exception as e: print(k, "->", type(e).__name__, e)
for f in (lambda: x.view(), lambda: x.expand(), lambda: x.reshape(()), lambda: torch.ones(1).reshape(()), lambda: x.view(()), lambda: x.permute(0), lambda: x.repeat(2, foo=1)):
    try: print(tuple(f().shape))
    except Exception as e: print(type(e).__name__, e)
print(x.view(dtype=torch.int32), torch.tensor(3.0).movedim([], []))
print(torch.einsum("->", torch.tensor(3.0)), torch.tensordot(torch.tensor(2.0), torch.tensor(3.0), dims=0))
for f in (lambda: x.repeat(2, foo=1), lambda: x.reshape(3, foo=1), lambda: x.expand(2, 3, foo=1), lambda: x.repeat(foo=1), lambda: x.reshape(foo=1), lambda: x.expand(foo=1), lambda: x.repeat((2,), repeats=(2,)), lambda: x.view(3, foo=1)):
    try: print(tuple(f().shape))
    except Exception as e: print(type(e).__name__, e)
