# A list, None, a string or a numpy array where an op wants a Tensor or a number: PyTorch's
# parser refuses it, naming the position (method: `other` is 1; function: `input` is 1) or
# listing the overloads it tried.
import numpy as np
import torch

x = torch.tensor([1., 2.])
attempts = [
    ("x.add(list)", lambda: x.add([1., 2.])), ("torch.add(x, list)", lambda: torch.add(x, [1., 2.])),
    ("torch.add(list, x)", lambda: torch.add([1., 2.], x)), ("x.sub(list)", lambda: x.sub([1.])),
    ("torch.sub(x, None)", lambda: torch.sub(x, None)), ("x.mul(array)", lambda: x.mul(np.array([2.]))),
    ("x.div(list)", lambda: x.div([1., 2.])), ("torch.div(x, tuple)", lambda: torch.div(x, (1., 2.))),
    ("x.add_(list)", lambda: x.add_([1.])), ("x.mul_(None)", lambda: x.mul_(None)),
    ("x.maximum(list)", lambda: x.maximum([1.])), ("x.atan2(list)", lambda: x.atan2([1.])),
    ("x.subtract(list)", lambda: x.subtract([1.])), ("x.subtract(list, alpha=2)", lambda: x.subtract([1.], alpha=2)),
    ("torch.subtract(x, list)", lambda: torch.subtract(x, [1.])), ("x.multiply(list)", lambda: x.multiply([1.])),
    ("torch.multiply(x, list)", lambda: torch.multiply(x, [1.])), ("x.divide(list)", lambda: x.divide([1.])),
    ("torch.divide(x, list)", lambda: torch.divide(x, [1.])), ("x.true_divide(list)", lambda: x.true_divide([1.])),
    ("x.div(list, rounding_mode)", lambda: x.div([1.], rounding_mode="floor")),
    ("torch.div(x, list, rounding_mode)", lambda: torch.div(x, [1.], rounding_mode="floor")),
    ("x.pow(list)", lambda: x.pow([1, 2])), ("x.pow(tuple)", lambda: x.pow((1., 2))), ("x.pow(None)", lambda: x.pow(None)),
    ("torch.pow(x, list)", lambda: torch.pow(x, [1.])), ("torch.pow(list, x)", lambda: torch.pow([1.], x)),
    ("x.pow_(list)", lambda: x.pow_([1.])), ("torch.float_power(x, list)", lambda: torch.float_power(x, [1.])),
    ("x.eq(list)", lambda: x.eq([1., 2.])), ("torch.eq(x, list)", lambda: torch.eq(x, [1., 2.])),
    ("x.lt(str)", lambda: x.lt("a")), ("torch.gt(x, None)", lambda: torch.gt(x, None)),
    ("x.ge(nested list)", lambda: x.ge([[1.]])), ("x.le(tuple)", lambda: x.le((1,))),
    ("x.ne(array)", lambda: x.ne(np.array([1.]))),
    ("torch.where(c, x, list)", lambda: torch.where(x > 1, x, [0., 0.])),
    ("torch.where(c, list, x)", lambda: torch.where(x > 1, [1., 2.], x)),
    ("torch.where(c, x, None)", lambda: torch.where(x > 1, x, None)),
    ("x.where(c, list)", lambda: x.where(x > 1, [1.])),
]
for label, attempt in attempts:
    try:
        print(label, "->", attempt())
    except TypeError as error:
        print(label, "!!", error)
# what still works: numbers, numpy scalars, a 0-d tensor, a number first
print(x.add(np.float32(2)), x.sub(2.5), torch.add(2, x), torch.mul(2, x), torch.sub(2, x), torch.div(2, x))
print(x.eq(torch.tensor(1.)), torch.where(x > 1, x, 0.), x.pow(2), torch.pow(2, x), x.subtract(1, alpha=2))
