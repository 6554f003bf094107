# Q: which ops refuse integer tensors? mean, softmax, std, log... and which silently give floats.
import torch

x = torch.tensor([1, 2, 3, 4])
for name, f in [('mean', lambda: x.mean()), ('std', lambda: x.std()), ('var', lambda: x.var()),
                ('softmax', lambda: torch.softmax(x, 0)), ('log_softmax', lambda: torch.log_softmax(x, 0)),
                ('sqrt', lambda: x.sqrt()), ('exp', lambda: x.exp()), ('log', lambda: torch.log(x)),
                ('sigmoid', lambda: torch.sigmoid(x)), ('median', lambda: x.median()), ('norm', lambda: x.norm()),
                ('quantile', lambda: x.quantile(0.5)), ('mean dtype', lambda: x.mean(dtype=torch.float32)),
                ('prod', lambda: x.prod()), ('sum', lambda: x.sum()), ('tanh', lambda: torch.tanh(x)),
                ('linear', lambda: torch.nn.functional.linear(x, torch.ones(2, 4)))]:
    try:
        r = f()
        print(name, r, r.dtype)
    except (RuntimeError, TypeError) as e:
        print(name, type(e).__name__, e)
