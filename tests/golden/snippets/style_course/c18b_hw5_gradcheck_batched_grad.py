# gradcheck with check_batched_grad=True on a correct student op
import torch
from torch.autograd import gradcheck


def student_logsumexp(x):
    m = x.max(dim=-1, keepdim=True).values
    return (x - m).exp().sum(dim=-1).log() + m.squeeze(-1)


torch.manual_seed(0)
x = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
print(gradcheck(student_logsumexp, (x,), check_batched_grad=True))
torch.testing.assert_close(student_logsumexp(x), torch.logsumexp(x, dim=-1))
print("matches torch.logsumexp")
