import torch

p = torch.nn.Parameter(torch.ones(3))
for name in ["Adam", "AdamW", "SGD", "Adagrad", "Adadelta", "RMSprop"]:
    for options in [dict(fused=True, foreach=True), dict(fused=True, differentiable=True), dict(capturable=True),
                    dict(differentiable=True)]:
        try:
            opt = getattr(torch.optim, name)([p], lr=0.1, **options)
            p.grad = torch.ones(3)
            opt.step()
            print(name, options, "stepped")
        except (RuntimeError, AssertionError, TypeError, NotImplementedError) as e:
            print(name, options, type(e).__name__, e)
