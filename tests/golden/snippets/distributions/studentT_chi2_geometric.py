# Heavy tails and counts: StudentT, Chi2 and Geometric
import torch
from torch.distributions import StudentT, Chi2, Geometric

torch.manual_seed(2)
df = torch.tensor([3.0, 0.8, 1.5, 10.0])
t = StudentT(df, torch.zeros(4), torch.ones(4) * 2)
print(t, t.sample((2,)), t.mean, t.variance, t.entropy(), t.log_prob(torch.tensor(0.3)))
print(StudentT(3.0), StudentT(3.0).rsample())
c = Chi2(torch.tensor([2.0, 5.0]))
print(c, c.df, c.sample((3,)), c.log_prob(torch.tensor([1.0, 4.0])), c.mean, c.variance)
g = Geometric(torch.tensor([0.3, 0.9]))
print(g, g.sample((4,)), g.log_prob(torch.tensor([0.0, 2.0])), g.mean, g.variance, g.entropy(), g.logits)
print(Geometric(logits=torch.tensor(0.2)).probs)
try:
    Geometric(torch.tensor([0.0, 0.5]))
except ValueError as e:
    print(e)
