import torch
from torch.distributions import Binomial

torch.manual_seed(0)
b = Binomial(10, probs=torch.tensor([0.2, 0.7]))
print(b.batch_shape, b.event_shape, b.support, b.total_count)
print(b.mean, b.mode, b.variance, b.stddev)
print(b.logits, b.param_shape)
print(b)
k = torch.arange(0, 11, dtype=torch.float32).unsqueeze(1)
print(b.log_prob(k).exp().sum(0))
print(b.log_prob(torch.tensor([3.0, 7.0])), b.entropy(), b.enumerate_support().shape)
print(b.sample((5,)))
f64 = Binomial(total_count=torch.tensor([5.0, 50.0], dtype=torch.float64), probs=torch.tensor(0.4, dtype=torch.float64))
print(f64.sample((3,)), f64.log_prob(torch.tensor([2.0, 20.0], dtype=torch.float64)))
lg = Binomial(5, logits=torch.tensor([0.0, 2.0, -30.0]))
print(lg.probs, lg.log_prob(torch.tensor([1.0, 5.0, 0.0])), lg.sample())
print(Binomial(logits=torch.tensor(0.5)).probs, Binomial(10, 0.3).total_count, Binomial(10, 0.3).sample((4,)))
p = torch.tensor([0.3, 0.6], requires_grad=True)
Binomial(8, probs=p).log_prob(torch.tensor([2.0, 5.0])).sum().backward()
print(p.grad)
for make in (lambda: Binomial(10, probs=torch.tensor([0.3]), logits=torch.tensor([0.0])),
             lambda: Binomial(10, probs=torch.tensor([1.3])),
             lambda: Binomial(10, probs=torch.tensor([0.3])).log_prob(torch.tensor([11.0])),
             lambda: Binomial(torch.tensor([3.0, 4.0]), probs=torch.tensor(0.5)).entropy()):
    try:
        make()
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
