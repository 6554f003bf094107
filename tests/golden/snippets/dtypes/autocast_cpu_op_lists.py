# Under CPU autocast the losses and prod run in float32, einsum and tensordot in bfloat16 (they
# are matrix products in PyTorch), whatever the inputs' precision.
import torch
import torch.nn.functional as F

torch.manual_seed(0)
a = torch.randn(4, 3).bfloat16()
b = torch.randn(4, 3).bfloat16()
t = torch.ones(4).bfloat16()
v = torch.rand(4, 3).bfloat16()
x = torch.randn(4, 3)
y = torch.randn(3, 2)
with torch.autocast("cpu"):
    for name, result in [("soft_margin_loss", F.soft_margin_loss(a, torch.sign(b))),
                         ("cosine_embedding_loss", F.cosine_embedding_loss(a, b, t)),
                         ("triplet_margin_loss", F.triplet_margin_loss(a, b, v)),
                         ("hinge_embedding_loss", F.hinge_embedding_loss(a, torch.sign(b))),
                         ("poisson_nll_loss", F.poisson_nll_loss(a, v)),
                         ("margin_ranking_loss", F.margin_ranking_loss(a[:, 0], b[:, 0], t)),
                         ("mse_loss", F.mse_loss(a, b)), ("prod", a.prod()), ("prod(1)", a.prod(1)),
                         ("einsum", torch.einsum("ij,jk->ik", x, y)), ("tensordot", torch.tensordot(x, y, dims=1))]:
        print(name, result.dtype, result)
