# Losses fed integer scores (a LongTensor of logits, swapped arguments): PyTorch's kernels refuse
# them with their dispatch error, after the target checks nll_loss does first; kl_div refuses ints.
import torch
import torch.nn.functional as F

attempts = [
    lambda: F.nll_loss(torch.tensor([[1, 2]]), torch.tensor([0])),
    lambda: F.nll_loss(torch.tensor([[1, 2]]), torch.tensor([5])),
    lambda: F.nll_loss(torch.tensor([[1, 2]]), torch.tensor([0, 1])),
    lambda: F.nll_loss(torch.ones(1, 2, 3, dtype=torch.long), torch.zeros(1, 3, dtype=torch.long)),
    lambda: F.nll_loss(torch.tensor([[True, False]]), torch.tensor([0]), reduction='none'),
    lambda: torch.nn.CrossEntropyLoss()(torch.tensor([1, 0]), torch.randn(2, 3)),
    lambda: F.cross_entropy(torch.tensor(1), torch.tensor(0)),
    lambda: F.cross_entropy(torch.randn(2), torch.randn(2, 3)),
    lambda: F.binary_cross_entropy_with_logits(torch.tensor([1, 0]), torch.tensor([1.0, 0.0])),
    lambda: F.binary_cross_entropy_with_logits(torch.tensor([1, 0]), torch.tensor([1, 0])),
    lambda: F.binary_cross_entropy_with_logits(torch.tensor([1.0, 0.0]), torch.tensor([1, 0])),
    lambda: F.kl_div(torch.tensor([1, 2]), torch.tensor([0.5, 0.5]), reduction='sum'),
    lambda: F.kl_div(torch.tensor([-1.0, -2.0]), torch.tensor([1, 0]), reduction='batchmean'),
    lambda: F.nll_loss(torch.tensor([[1.0, 2.0]], dtype=torch.float16), torch.tensor([1])),
]
for attempt in attempts:
    try:
        print(attempt())
    except (RuntimeError, ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)
