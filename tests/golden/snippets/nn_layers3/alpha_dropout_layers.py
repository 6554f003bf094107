# AlphaDropout / FeatureAlphaDropout: values for a seed, statistics kept, eval, p=0 and p=1, gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(2, 3, 4, requires_grad=True)
ad = nn.AlphaDropout(0.3)
print(ad, nn.FeatureAlphaDropout(0.1, inplace=True))
y = ad(x)
print(y)
print(y.grad_fn.name())
y.sum().backward()
print(x.grad)
f = nn.FeatureAlphaDropout(0.5)(x)
print(f[0])
z = torch.randn(20000)
for p in (0.1, 0.5):
    out = F.alpha_dropout(z, p, training=True)
    print(p, f"{out.mean().item():.3f} {out.std().item():.3f}")
print(F.alpha_dropout(torch.ones(3), 0.5), F.alpha_dropout(torch.ones(3), 1.0, training=True))
print(F.alpha_dropout(torch.ones(3), 0.0, training=True), F.feature_alpha_dropout(torch.ones(2, 2), 1.0, True))
t = torch.ones(4)
F.alpha_dropout(t, 0.5, training=True, inplace=True)
print(t)
for fn in (lambda: nn.AlphaDropout(-0.1), lambda: F.alpha_dropout(z, 2.0),
           lambda: F.feature_alpha_dropout(torch.ones(3), 0.5, True)):
    try:
        fn()
    except (ValueError, RuntimeError) as e:
        print(type(e).__name__, e)
h = torch.tensor([-3.0, -3.0001, -2.9999, 3.0, 2.9999, 3.0001], requires_grad=True)
F.hardswish(h).sum().backward()
print(h.grad)
