# posterior variance beta_tilde and its log clipped at t=0
import torch

betas = torch.linspace(0.1, 0.5, 5, dtype=torch.float64)
ac = torch.cumprod(1 - betas, 0)
ac_prev = torch.nn.functional.pad(ac[:-1], (1, 0), value=1.0)
print(ac_prev)
post_var = betas * (1 - ac_prev) / (1 - ac)
print(post_var)
print(torch.log(torch.cat([post_var[1:2], post_var[1:]])).round(decimals=6))
coef1 = betas * ac_prev.sqrt() / (1 - ac)
print(coef1.round(decimals=6))
