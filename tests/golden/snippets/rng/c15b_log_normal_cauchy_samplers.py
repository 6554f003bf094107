# log_normal_ and cauchy_: seeded values in each float type, the normal cache shared with normal_, nodes, errors.
import torch

torch.manual_seed(7)
print(torch.empty(5).log_normal_().tolist())
print(torch.empty(3, dtype=torch.float64).log_normal_(0.5, 0.25).tolist())
torch.empty(3).normal_()  # a few elements: the scalar sampler, which keeps its second value
print(torch.empty(1).log_normal_(0, 1).tolist(), torch.empty(2, dtype=torch.float16).log_normal_(),
      torch.empty(2, dtype=torch.bfloat16).log_normal_())
print(torch.empty(5).cauchy_().tolist(), torch.empty(2, dtype=torch.float64).cauchy_(2.0, 0.1).tolist())
print(torch.empty(4, 2).t().log_normal_(mean=0.0, std=0.5))
g = torch.Generator().manual_seed(2)
print(torch.empty(3).log_normal_(generator=g).tolist(), torch.empty(3).cauchy_(generator=g).tolist())
w = torch.zeros(3, requires_grad=True)
print((w * 1).log_normal_().grad_fn.name(), w.clone().cauchy_().grad_fn.name())
for text, call in [("std 0", lambda: torch.empty(2).log_normal_(0, 0)), ("long", lambda: torch.empty(2, dtype=torch.long).log_normal_()),
                   ("str", lambda: torch.empty(2).log_normal_('a')), ("keyword", lambda: torch.empty(2).cauchy_(foo=1)),
                   ("cauchy long", lambda: torch.empty(2, dtype=torch.long).cauchy_()),
                   ("sigma", lambda: torch.empty(2).cauchy_(0, -1)), ("leaf", lambda: w.log_normal_())]:
    try:
        call()
    except (RuntimeError, TypeError, NotImplementedError) as e:
        print(text, type(e).__name__, e)
