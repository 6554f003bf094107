# Random numbers drawn straight into bfloat16 tensors (randn's 16-value blocks as for float16),
# and the precision warning of randint/random_ for float types.
import torch
import torch.nn as nn

samplers = [lambda: torch.randn(3, dtype=torch.bfloat16), lambda: torch.rand(20, dtype=torch.bfloat16),
            lambda: torch.randn(20, dtype=torch.bfloat16), lambda: torch.empty(3, dtype=torch.bfloat16).uniform_(-1, 1),
            lambda: torch.randint(0, 10, (3,), dtype=torch.bfloat16),
            lambda: nn.Linear(2, 2, dtype=torch.bfloat16).weight,
            lambda: torch.bernoulli(torch.full((4,), 0.5, dtype=torch.bfloat16)),
            lambda: torch.empty(3, dtype=torch.bfloat16).exponential_(),
            lambda: torch.poisson(torch.tensor([2.0, 20.0], dtype=torch.bfloat16)),
            lambda: torch.empty(20, dtype=torch.bfloat16).normal_(2, 3),
            lambda: torch.empty(3, dtype=torch.bfloat16).geometric_(0.3),
            lambda: torch.randint(0, 1000, (3,), dtype=torch.bfloat16),
            lambda: torch.empty(3, dtype=torch.bfloat16).random_(),
            lambda: torch.empty(2, dtype=torch.bfloat16).random_(-300, 300),
            lambda: torch.randint(0, 2**25, (2,), dtype=torch.float32),
            lambda: torch.randint(-5000, 10, (2,), dtype=torch.float16),
            lambda: torch.empty(3).random_(), lambda: torch.empty(2, dtype=torch.uint8).random_(),
            lambda: torch.nn.functional.dropout(torch.ones(8, dtype=torch.bfloat16), 0.5)]
for i, f in enumerate(samplers):
    torch.manual_seed(i)
    print(i, f(), torch.rand(1))
