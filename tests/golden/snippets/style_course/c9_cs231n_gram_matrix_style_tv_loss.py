# cs231n style transfer: gram matrix (normalized), style loss over layers and total-variation loss.
import torch

def gram_matrix(features, normalize=True):
    N, C, H, W = features.shape
    f = features.view(N, C, H * W)
    gram = torch.bmm(f, f.transpose(1, 2))
    if normalize:
        gram = gram / (H * W * C)
    return gram

def tv_loss(img, tv_weight):
    h = ((img[:, :, 1:, :] - img[:, :, :-1, :]) ** 2).sum()
    w = ((img[:, :, :, 1:] - img[:, :, :, :-1]) ** 2).sum()
    return tv_weight * (h + w)

def style_loss(feats, style_layers, style_targets, style_weights):
    loss = 0
    for i, layer in enumerate(style_layers):
        loss += style_weights[i] * ((gram_matrix(feats[layer]) - style_targets[i]) ** 2).sum()
    return loss

torch.manual_seed(231)
feats = [torch.randn(1, 3, 4, 4), torch.randn(1, 5, 2, 2)]
style_feats = [torch.randn(1, 3, 4, 4), torch.randn(1, 5, 2, 2)]
targets = [gram_matrix(f) for f in style_feats]
print(targets[0].shape, targets[1].shape)
print(gram_matrix(feats[0])[0])
print(torch.allclose(gram_matrix(feats[0]), gram_matrix(feats[0]).transpose(1, 2)))
img = torch.randn(1, 3, 5, 5, requires_grad=True)
print(style_loss(feats, [0, 1], targets, [1.0, 2.0]))
loss = tv_loss(img, 2e-2)
loss.backward()
print(loss, img.grad.shape)
print(img.grad[0, 0, 0])
content_current = torch.randn(1, 3, 4, 4)
content_original = torch.randn(1, 3, 4, 4)
print(0.06 * ((content_current - content_original) ** 2).sum())
