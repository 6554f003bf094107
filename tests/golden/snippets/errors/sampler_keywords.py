import torch

torch.manual_seed(0)
x = torch.ones(3)
attempts = [
    ("uniform_(0, 1, foo=1)", lambda: x.clone().uniform_(0, 1, foo=1)),
    ("normal_(mean=0, std=0)", lambda: x.clone().normal_(mean=0, std=0)),
    ("normal_(0, sd=1)", lambda: x.clone().normal_(0, sd=1)),
    ("uniform_(a=0, b=1)", lambda: x.clone().uniform_(a=0, b=1)),
    ("uniform_(2, to=2)", lambda: x.clone().uniform_(2, to=2)),
    ("random_(to=1)", lambda: x.clone().random_(to=1)),
    ("random_(from=3, to=4)", lambda: x.clone().random_(**{"from": 3, "to": 4})),
    ("bernoulli_(p=0.0)", lambda: x.clone().bernoulli_(p=0.0)),
    ("rand_like(pin_memory=True)", lambda: torch.rand_like(x, pin_memory=True)),
    ("randn_like(generator=g)", lambda: torch.randn_like(x, generator=torch.Generator().manual_seed(1))),
]
for text, attempt in attempts:
    try:
        print(text, "->", attempt())
    except (RuntimeError, TypeError) as e:
        print(text, "->", type(e).__name__, e)
