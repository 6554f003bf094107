# Tensors chapter: grayscale weights by broadcasting over batch/channel dims, then named tensors.
import torch

torch.manual_seed(0)
img_t = torch.randn(3, 5, 5)
weights = torch.tensor([0.2126, 0.7152, 0.0722])
batch_t = torch.randn(2, 3, 5, 5)
img_gray_naive = img_t.mean(-3)
batch_gray_naive = batch_t.mean(-3)
print(img_gray_naive.shape, batch_gray_naive.shape)
unsqueezed_weights = weights.unsqueeze(-1).unsqueeze_(-1)
img_weights = (img_t * unsqueezed_weights)
batch_weights = (batch_t * unsqueezed_weights)
img_gray_weighted = img_weights.sum(-3)
batch_gray_weighted = batch_weights.sum(-3)
print(batch_weights.shape, batch_t.shape, unsqueezed_weights.shape)
img_gray_weighted_fancy = torch.einsum('...chw,c->...hw', img_t, weights)
batch_gray_weighted_fancy = torch.einsum('...chw,c->...hw', batch_t, weights)
print(batch_gray_weighted_fancy.shape)
print(torch.allclose(img_gray_weighted, img_gray_weighted_fancy, atol=1e-6))
try:
    weights_named = torch.tensor([0.2126, 0.7152, 0.0722], names=['channels'])
except TypeError as e:
    print("TypeError:", e)
try:
    img_named = img_t.refine_names(..., 'channels', 'rows', 'columns')
except AttributeError as e:
    print("AttributeError:", e)
dims = {'channels': 0, 'rows': 1, 'columns': 2}
gray = (img_t * weights.view(3, 1, 1)).sum(dims['channels'])
print(gray.shape, torch.allclose(gray, img_gray_weighted))
print(img_t.permute(1, 2, 0).shape, img_t.movedim(0, -1).stride())
