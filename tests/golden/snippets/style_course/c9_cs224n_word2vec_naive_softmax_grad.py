# cs224n word2vec: naiveSoftmaxLossAndGradient by hand (center vector, outside vectors) vs autograd.
import torch

def naive_softmax_loss_and_gradient(center, outside_idx, outside_vectors):
    scores = outside_vectors @ center
    y_hat = torch.softmax(scores, dim=0)
    loss = -torch.log(y_hat[outside_idx])
    y = torch.zeros_like(y_hat)
    y[outside_idx] = 1
    grad_center = outside_vectors.T @ (y_hat - y)
    grad_outside = torch.outer(y_hat - y, center)
    return loss, grad_center, grad_outside

torch.manual_seed(31415)
tokens = ["a", "b", "c", "d", "e"]
center_vecs = torch.randn(5, 3, dtype=torch.float64)
outside_vecs = torch.randn(5, 3, dtype=torch.float64)
center_vecs /= center_vecs.norm(dim=1, keepdim=True)
print(center_vecs.norm(dim=1))
c = center_vecs[2].clone().requires_grad_()
U = outside_vecs.clone().requires_grad_()
loss, gc, gU = naive_softmax_loss_and_gradient(c.detach(), 4, U.detach())
print(loss)
auto = torch.nn.functional.cross_entropy((U @ c)[None], torch.tensor([4]))
auto.backward()
print(torch.allclose(gc, c.grad), torch.allclose(gU, U.grad))
print(gc)
window = ["a", "c", "d"]
total = sum(naive_softmax_loss_and_gradient(c.detach(), tokens.index(w), U.detach())[0] for w in window)
print(total, type(total))
sims = torch.nn.functional.cosine_similarity(center_vecs[None, 0], center_vecs)
print(sims)
