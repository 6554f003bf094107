"""Gradients of embedding, layer norm, softplus, smooth L1 / Huber and the recurrent layers
against central finite differences in float64 (the scheme of ``test_nn_gradients``)."""
from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

import autograd_tui.engine as torch
from autograd_tui.engine import nn
from autograd_tui.engine.nn import functional as F
from test_nn_gradients import SETTINGS, check_gradients, seeds

reductions = st.sampled_from(["mean", "sum", "none"])
# Elements per input checked one by one where each evaluation runs a whole recurrence, transformer
# or 3-D op (the rest of such an input is checked along a random direction: check_gradients).
COSTLY = 8


@SETTINGS
@given(seed=seeds, padding=st.sampled_from([None, 0, 2, -1]))
def test_embedding(seed, padding):
    rng = np.random.default_rng(seed)
    idx = torch.tensor(rng.integers(0, 5, size=(3, 4)))
    # The padding row gets no gradient by design: leave its positions out of the scalar.
    keep = (idx != (padding % 5 if padding is not None else -1)).unsqueeze(-1).double()
    check_gradients(lambda w: F.embedding(idx, w, padding_idx=padding) * keep, [rng.standard_normal((5, 3))], rng)
    w = torch.randn(5, 3, dtype=torch.float64, requires_grad=True)
    F.embedding(idx, w, padding_idx=padding).sum().backward()
    counts = np.bincount(idx.numpy().reshape(-1), minlength=5).astype(np.float64)
    if padding is not None:
        counts[padding % 5] = 0
    np.testing.assert_array_equal(w.grad.numpy(), np.repeat(counts[:, None], 3, axis=1))


def test_embedding_scale_grad_by_freq_divides_each_row_by_its_count():
    # Not the true gradient by design: each row's gradient is divided by how often it was picked.
    w = torch.zeros(4, 2, dtype=torch.float64, requires_grad=True)
    idx = torch.tensor([0, 0, 0, 2, 3, 3])
    F.embedding(idx, w, scale_grad_by_freq=True).sum().backward()
    np.testing.assert_array_equal(w.grad.numpy(), [[1, 1], [0, 0], [1, 1], [1, 1]])


def test_embedding_double_backward_is_the_lookup_again():
    w = torch.randn(4, 2, dtype=torch.float64, requires_grad=True)
    idx = torch.tensor([1, 1, 3])
    out = F.embedding(idx, w, padding_idx=3)
    g = torch.ones(3, 2, dtype=torch.float64, requires_grad=True)
    (gw,) = torch.autograd.grad(out, w, g, create_graph=True)
    assert type(gw.grad_fn).__name__ == "EmbeddingDenseBackward0"
    (gg,) = torch.autograd.grad((gw * torch.arange(8.0, dtype=torch.float64).view(4, 2)).sum(), g)
    # Row k of the second gradient is the seed's row at idx[k]; the padding row gives nothing.
    np.testing.assert_array_equal(gg.numpy(), [[2, 3], [2, 3], [0, 0]])


@SETTINGS
@given(seed=seeds, n_norm=st.integers(1, 2), affine=st.booleans(), bias=st.booleans())
def test_layer_norm(seed, n_norm, affine, bias):
    rng = np.random.default_rng(seed)
    shape = (2, 3, 4)
    norm = shape[3 - n_norm:]
    arrays = [rng.standard_normal(shape) * 2 + 0.5]
    if affine:
        arrays.append(rng.standard_normal(norm))
        if bias:
            arrays.append(rng.standard_normal(norm))
    check_gradients(lambda x, *wb: F.layer_norm(x, norm, *wb, eps=1e-5), arrays, rng, second_order=True)


@SETTINGS
@given(seed=seeds, beta=st.sampled_from([0.5, 1.0, 3.0]), threshold=st.sampled_from([1.0, 20.0]))
def test_softplus(seed, beta, threshold):
    rng = np.random.default_rng(seed)
    check_gradients(lambda x: F.softplus(x, beta, threshold), [rng.standard_normal((3, 4)) * 3], rng,
                    second_order=True)


@SETTINGS
@given(seed=seeds, reduction=reductions, beta=st.sampled_from([0.5, 1.0, 2.0]))
def test_smooth_l1_loss(seed, reduction, beta):
    rng = np.random.default_rng(seed)
    arrays = [rng.standard_normal((3, 4)) * 2, rng.standard_normal((3, 4))]
    check_gradients(lambda a, b: F.smooth_l1_loss(a, b, reduction=reduction, beta=beta), arrays, rng,
                    second_order=True)


@SETTINGS
@given(seed=seeds, reduction=reductions, delta=st.sampled_from([0.5, 1.0, 2.0]))
def test_huber_loss(seed, reduction, delta):
    rng = np.random.default_rng(seed)
    arrays = [rng.standard_normal((3, 4)) * 2, rng.standard_normal((3, 4))]
    check_gradients(lambda a, b: F.huber_loss(a, b, reduction=reduction, delta=delta), arrays, rng,
                    second_order=True)


def _recurrent(kind: str, layers: int, bidirectional: bool, batch_first: bool, bias: bool, seed: int):
    torch.manual_seed(seed)
    return getattr(nn, kind)(3, 2, num_layers=layers, bidirectional=bidirectional, batch_first=batch_first,
                             bias=bias).double()


@SETTINGS
@given(seed=seeds, kind=st.sampled_from(["RNN", "LSTM", "GRU"]), layers=st.integers(1, 2),
       bidirectional=st.booleans(), batch_first=st.booleans(), bias=st.booleans())
def test_recurrent_layers(seed, kind, layers, bidirectional, batch_first, bias):
    """Gradients w.r.t. the input, the initial state and the first layer's weights."""
    rng = np.random.default_rng(seed)
    module = _recurrent(kind, layers, bidirectional, batch_first, bias, seed % 1000)
    directions = 2 if bidirectional else 1
    x = rng.standard_normal((2, 4, 3) if batch_first else (4, 2, 3))
    h0 = rng.standard_normal((layers * directions, 2, 2))
    w_ih, w_hh = module.weight_ih_l0.detach().numpy(), module.weight_hh_l0.detach().numpy()

    def fn(x, h0, w_ih, w_hh):
        module._parameters["weight_ih_l0"] = w_ih  # differentiate through these leaves instead
        module._parameters["weight_hh_l0"] = w_hh
        state = (h0, h0 * 0.5) if kind == "LSTM" else h0
        out, hidden = module(x, state)
        last = hidden[1] if kind == "LSTM" else hidden
        return torch.cat([out.reshape(-1), last.reshape(-1)])
    check_gradients(fn, [x, h0, w_ih.copy(), w_hh.copy()], rng, elements=COSTLY)


@SETTINGS
@given(seed=seeds, kind=st.sampled_from(["RNN", "LSTM", "GRU"]), layers=st.integers(1, 2),
       bidirectional=st.booleans(), batch_first=st.booleans(),
       lengths=st.permutations([1, 3, 4]), enforce_sorted=st.booleans())
def test_recurrent_layers_over_packed_sequences(seed, kind, layers, bidirectional, batch_first, lengths,
                                                enforce_sorted):
    """Packing, the packed recurrence (shrinking and growing batches) and unpacking: gradients
    w.r.t. the padded input, the initial state and the first layer's weights."""
    from autograd_tui.engine.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence
    rng = np.random.default_rng(seed)
    module = _recurrent(kind, layers, bidirectional, batch_first, True, seed % 1000)
    directions = 2 if bidirectional else 1
    if enforce_sorted:
        lengths = sorted(lengths, reverse=True)
    x = rng.standard_normal((3, 4, 3) if batch_first else (4, 3, 3))
    h0 = rng.standard_normal((layers * directions, 3, 2))
    w_ih, w_hh = module.weight_ih_l0.detach().numpy(), module.weight_hh_l0.detach().numpy()

    def fn(x, h0, w_ih, w_hh):
        module._parameters["weight_ih_l0"] = w_ih
        module._parameters["weight_hh_l0"] = w_hh
        state = (h0, h0 * 0.5) if kind == "LSTM" else h0
        packed = pack_padded_sequence(x, lengths, batch_first=batch_first, enforce_sorted=enforce_sorted)
        out, hidden = module(packed, state)
        padded, _ = pad_packed_sequence(out, batch_first=batch_first, padding_value=0.5)
        last = hidden[1] if kind == "LSTM" else hidden
        return torch.cat([padded.reshape(-1), last.reshape(-1)])
    check_gradients(fn, [x, h0, w_ih.copy(), w_hh.copy()], rng, elements=COSTLY)


def test_fused_float32_lstm_gradients_match_float64():
    """The float32 LSTM runs as one fused node per layer; its gradients are the step graph's."""
    torch.manual_seed(0)
    lstm32 = nn.LSTM(3, 4, num_layers=2, bidirectional=True)
    lstm64 = nn.LSTM(3, 4, num_layers=2, bidirectional=True).double()
    lstm64.load_state_dict({k: v.double() for k, v in lstm32.state_dict().items()})
    x = torch.randn(5, 2, 3)
    grads = []
    for module, inp in ((lstm32, x.clone().requires_grad_()), (lstm64, x.double().requires_grad_())):
        out, (h, c) = module(inp)
        (out.pow(2).sum() + c.sum()).backward()
        grads.append([inp.grad.double().numpy()] + [p.grad.double().numpy() for p in module.parameters()])
    assert type(lstm32(x)[0].grad_fn).__name__ == "CatBackward0"
    for g32, g64 in zip(*grads):
        np.testing.assert_allclose(g32, g64, rtol=1e-4, atol=1e-5)


@SETTINGS
@given(seed=seeds, groups=st.sampled_from([1, 2, 4]), affine=st.booleans(), spatial=st.sampled_from([(), (3,), (2, 3)]))
def test_group_norm(seed, groups, affine, spatial):
    rng = np.random.default_rng(seed)
    shape = (2, 4) + spatial
    arrays = [rng.standard_normal(shape) * 2 + 0.5]
    if affine:
        arrays += [rng.standard_normal(4), rng.standard_normal(4)]
    check_gradients(lambda x, *wb: F.group_norm(x, groups, *wb, eps=1e-5), arrays, rng, second_order=True)


@SETTINGS
@given(seed=seeds, affine=st.booleans())
def test_instance_norm(seed, affine):
    rng = np.random.default_rng(seed)
    arrays = [rng.standard_normal((2, 3, 5)) * 2 + 0.5]
    if affine:
        arrays += [rng.standard_normal(3), rng.standard_normal(3)]
    check_gradients(lambda x, *wb: F.instance_norm(x, None, None, *wb), arrays, rng)


@SETTINGS
@given(seed=seeds, stride=st.integers(1, 3), padding=st.integers(0, 1), dilation=st.integers(1, 2),
       groups=st.sampled_from([1, 2]), bias=st.booleans())
def test_conv_transpose2d(seed, stride, padding, dilation, groups, bias):
    rng = np.random.default_rng(seed)
    output_padding = int(rng.integers(0, max(stride, dilation)))
    arrays = [rng.standard_normal((2, 2 * groups, 3, 2)), rng.standard_normal((2 * groups, 2, 2, 3))]
    if bias:
        arrays.append(rng.standard_normal(2 * groups))
    check_gradients(lambda x, w, *b: F.conv_transpose2d(x, w, *b, stride=stride, padding=padding,
                                                        output_padding=output_padding, groups=groups,
                                                        dilation=dilation), arrays, rng)


def test_conv_transpose2d_is_the_adjoint_of_conv2d():
    # <conv2d(x, w), y> == <x, conv_transpose2d(y, w)> for the same weight, stride and padding.
    rng = np.random.default_rng(0)
    x = torch.tensor(rng.standard_normal((2, 3, 7, 6)))
    w = torch.tensor(rng.standard_normal((4, 3, 3, 2)))
    y = torch.tensor(rng.standard_normal(tuple(F.conv2d(x, w, stride=2, padding=1).shape)))
    left = (F.conv2d(x, w, stride=2, padding=1) * y).sum().item()
    right = (x * F.conv_transpose2d(y, w, stride=2, padding=1)).sum().item()
    assert abs(left - right) < 1e-9 * max(1.0, abs(left))


@SETTINGS
@given(seed=seeds, stride=st.integers(1, 3), padding=st.integers(0, 1), dilation=st.integers(1, 2),
       groups=st.sampled_from([1, 2]), bias=st.booleans())
def test_conv_transpose1d(seed, stride, padding, dilation, groups, bias):
    rng = np.random.default_rng(seed)
    output_padding = int(rng.integers(0, max(stride, dilation)))
    arrays = [rng.standard_normal((2, 2 * groups, 4)), rng.standard_normal((2 * groups, 2, 3))]
    if bias:
        arrays.append(rng.standard_normal(2 * groups))
    check_gradients(lambda x, w, *b: F.conv_transpose1d(x, w, *b, stride=stride, padding=padding,
                                                        output_padding=output_padding, groups=groups,
                                                        dilation=dilation), arrays, rng)


def test_conv_transpose1d_is_the_adjoint_of_conv1d_and_a_height_one_conv_transpose2d():
    rng = np.random.default_rng(1)
    x = torch.tensor(rng.standard_normal((2, 3, 9)))
    w = torch.tensor(rng.standard_normal((4, 3, 3)))
    y = torch.tensor(rng.standard_normal(tuple(F.conv1d(x, w, stride=2, padding=1).shape)))
    left = (F.conv1d(x, w, stride=2, padding=1) * y).sum().item()
    right = (x * F.conv_transpose1d(y, w, stride=2, padding=1)).sum().item()
    assert abs(left - right) < 1e-9 * max(1.0, abs(left))
    flat = F.conv_transpose1d(y, w, stride=2, padding=1, output_padding=1)
    tall = F.conv_transpose2d(y.unsqueeze(2), w.unsqueeze(2), stride=(1, 2), padding=(0, 1), output_padding=(0, 1))
    np.testing.assert_array_equal(flat.numpy(), tall.squeeze(2).numpy())


@SETTINGS
@given(seed=seeds, stride=st.integers(1, 2), padding=st.integers(0, 1), dilation=st.integers(1, 2),
       groups=st.sampled_from([1, 2]), bias=st.booleans())
def test_conv3d(seed, stride, padding, dilation, groups, bias):
    rng = np.random.default_rng(seed)
    arrays = [rng.standard_normal((2, 2 * groups, 4, 5, 4)), rng.standard_normal((2 * groups, 2, 2, 3, 2))]
    if bias:
        arrays.append(rng.standard_normal(2 * groups))
    check_gradients(lambda x, w, *b: F.conv3d(x, w, *b, stride=(stride, 1, stride), padding=padding,
                                              dilation=(1, dilation, 1), groups=groups), arrays, rng,
                    elements=COSTLY)


def test_conv3d_with_a_depth_of_one_is_conv2d():
    rng = np.random.default_rng(2)
    x = torch.tensor(rng.standard_normal((2, 3, 1, 6, 5)))
    w = torch.tensor(rng.standard_normal((4, 3, 1, 3, 2)))
    flat = F.conv2d(x.squeeze(2), w.squeeze(2), stride=2, padding=1)
    np.testing.assert_allclose(F.conv3d(x, w, stride=(1, 2, 2), padding=(0, 1, 1)).squeeze(2).numpy(), flat.numpy(),
                               rtol=1e-12, atol=1e-12)


@SETTINGS
@given(seed=seeds, kernel=st.integers(1, 3), stride=st.integers(1, 2), ceil_mode=st.booleans())
def test_max_pool3d(seed, kernel, stride, ceil_mode):
    rng = np.random.default_rng(seed)
    # distinct values: no window holds a tie, where the gradient is not defined
    data = rng.permutation(2 * 2 * 4 * 5 * 4).reshape(2, 2, 4, 5, 4) * 0.01
    padding = kernel // 2
    check_gradients(lambda x: F.max_pool3d(x, kernel, stride, padding, ceil_mode=ceil_mode), [data], rng,
                    second_order=True, elements=COSTLY)


def test_conv_transpose2d_initialisation_uses_the_transposed_fan_in():
    torch.manual_seed(3)
    layer = nn.ConvTranspose2d(2, 6, 3, groups=2)
    assert tuple(layer.weight.shape) == (2, 3, 3, 3)
    bound = 1 / np.sqrt(3 * 9)  # fan_in = out_channels / groups * kernel area
    with torch.no_grad():
        assert float(layer.weight.abs().max()) <= bound and float(layer.bias.abs().max()) <= bound


@SETTINGS
@given(seed=seeds, batch_first=st.booleans(), masked=st.booleans(), same=st.booleans())
def test_multihead_attention(seed, batch_first, masked, same):
    """Gradients w.r.t. the query, the key/value input and the packed input projection."""
    rng = np.random.default_rng(seed)
    torch.manual_seed(seed % 1000)
    module = nn.MultiheadAttention(4, 2, batch_first=batch_first).double()
    shape = (2, 3, 4) if batch_first else (3, 2, 4)
    mask = torch.tensor([[False, False, True], [False, True, False]]) if masked else None

    def fn(q, kv, w):
        module._parameters["in_proj_weight"] = w  # differentiate through this leaf instead
        out, weights = module(q, q if same else kv, q if same else kv, key_padding_mask=mask)
        return torch.cat([out.reshape(-1), weights.reshape(-1)])
    check_gradients(fn, [rng.standard_normal(shape), rng.standard_normal(shape),
                         module.in_proj_weight.detach().numpy().copy()], rng, elements=COSTLY)


@SETTINGS
@given(seed=seeds, rank=st.sampled_from([3, 4]), mask=st.sampled_from(["none", "causal", "bool", "float"]))
def test_scaled_dot_product_attention(seed, rank, mask):
    """Both of PyTorch's paths: the explicit one (3-D) and the fused one (4-D, one node whose
    formulas are engine ops, so its second derivative is checked too)."""
    rng = np.random.default_rng(seed)
    lead = (2,) if rank == 3 else (1, 2)
    options: dict = {"is_causal": mask == "causal"}
    if mask == "bool":
        options["attn_mask"] = torch.tensor(rng.integers(0, 2, (3, 4)).astype(bool) | np.eye(3, 4, dtype=bool))
    elif mask == "float":
        options["attn_mask"] = torch.tensor(rng.standard_normal((3, 4)))
    if mask == "causal":
        shapes = [lead + (3, 2), lead + (3, 2), lead + (3, 2)]
    else:
        shapes = [lead + (3, 2), lead + (4, 2), lead + (4, 2)]
    check_gradients(lambda q, k, v: F.scaled_dot_product_attention(q, k, v, **options),
                    [rng.standard_normal(s) for s in shapes], rng, second_order=rank == 4)


def test_safe_softmax_gives_zero_rows_where_nothing_may_be_attended():
    q = torch.randn(1, 2, 2, 3, dtype=torch.float64, requires_grad=True)
    mask = torch.tensor([[True, True], [False, False]])
    out = F.scaled_dot_product_attention(q, q, q, attn_mask=mask)
    assert out[0, :, 1].abs().sum().item() == 0.0
    out.sum().backward()
    assert torch.isfinite(q.grad).all()


@SETTINGS
@given(seed=seeds, norm_first=st.booleans(), causal=st.sampled_from(["none", "mask", "hint"]))
def test_transformer_decoder_layer(seed, norm_first, causal):
    """Gradients w.r.t. the target, the encoder's output (memory) and the cross-attention's projection,
    with no mask, a causal mask, and the causal hint (PyTorch's fused is_causal path)."""
    rng = np.random.default_rng(seed)
    torch.manual_seed(seed % 1000)
    layer = nn.TransformerDecoderLayer(4, 2, dim_feedforward=6, dropout=0.0, norm_first=norm_first).double()
    mask = None if causal == "none" else nn.Transformer.generate_square_subsequent_mask(3, dtype=torch.float64)

    def fn(tgt, memory, w):
        layer.multihead_attn._parameters["in_proj_weight"] = w
        return layer(tgt, memory, tgt_mask=mask, tgt_is_causal=causal == "hint")
    check_gradients(fn, [rng.standard_normal((3, 2, 4)), rng.standard_normal((5, 2, 4)),
                         layer.multihead_attn.in_proj_weight.detach().numpy().copy()], rng, elements=COSTLY)


@SETTINGS
@given(seed=seeds)
def test_transformer_model(seed):
    """The whole encoder-decoder: gradients w.r.t. source and target sequences."""
    rng = np.random.default_rng(seed)
    torch.manual_seed(seed % 1000)
    model = nn.Transformer(4, 2, num_encoder_layers=1, num_decoder_layers=1, dim_feedforward=6, dropout=0.0,
                           batch_first=True).double()
    mask = model.generate_square_subsequent_mask(3, dtype=torch.float64)
    check_gradients(lambda src, tgt: model(src, tgt, tgt_mask=mask),
                    [rng.standard_normal((2, 4, 4)), rng.standard_normal((2, 3, 4))], rng, elements=COSTLY)


def test_causal_hint_and_causal_mask_agree():
    """The hint only chooses PyTorch's fused path: the values are those of the explicit mask."""
    torch.manual_seed(0)
    layer = nn.TransformerDecoderLayer(4, 2, dim_feedforward=6, dropout=0.0).double()
    tgt, memory = torch.randn(3, 2, 4, dtype=torch.float64), torch.randn(5, 2, 4, dtype=torch.float64)
    mask = nn.Transformer.generate_square_subsequent_mask(3, dtype=torch.float64)
    assert torch.allclose(layer(tgt, memory, tgt_mask=mask, tgt_is_causal=True), layer(tgt, memory, tgt_mask=mask))
    assert not torch.allclose(layer(tgt, memory, tgt_mask=mask), layer(tgt, memory))


@SETTINGS
@given(seed=seeds, dim=st.integers(1, 6), padding=st.sampled_from([None, 1]))
def test_embedding_bag_per_sample_weights(seed, dim, padding):
    rng = np.random.default_rng(seed)
    idx = torch.tensor(rng.integers(0, 4, size=7))
    offsets = torch.tensor([0, 3, 3])
    check_gradients(lambda w, p: F.embedding_bag(idx, w, offsets, mode="sum", per_sample_weights=p,
                                                 padding_idx=padding),
                    [rng.standard_normal((4, dim)), rng.standard_normal(7)], rng)


@SETTINGS
@given(seed=seeds, stride=st.sampled_from([1, 2, (2, 1)]), padding=st.sampled_from([0, 1]),
       dilation=st.sampled_from([1, (1, 2)]))
def test_unfold_and_fold(seed, stride, padding, dilation):
    rng = np.random.default_rng(seed)
    kwargs = {"dilation": dilation, "padding": padding, "stride": stride}
    check_gradients(lambda x: F.unfold(x, (2, 3), **kwargs), [rng.standard_normal((2, 2, 5, 6))], rng)
    blocks = F.unfold(torch.zeros(1, 2, 5, 6, dtype=torch.float64), (2, 3), **kwargs).shape[-1]
    check_gradients(lambda c: F.fold(c, (5, 6), (2, 3), **kwargs), [rng.standard_normal((1, 12, blocks))], rng)


def test_fold_of_unfold_counts_each_pixels_blocks():
    x = torch.ones(1, 1, 4, 4, dtype=torch.float64, requires_grad=True)
    counts = F.fold(F.unfold(x, 2), (4, 4), 2)
    np.testing.assert_array_equal(counts.detach().numpy()[0, 0], [[1, 2, 2, 1], [2, 4, 4, 2], [2, 4, 4, 2],
                                                                   [1, 2, 2, 1]])
    assert torch.autograd.gradgradcheck(lambda a: F.fold(F.unfold(a, 2), (4, 4), 2), (x,))


@SETTINGS
@given(seed=seeds, dim=st.sampled_from([0, -1]))
def test_gumbel_softmax(seed, dim):
    # Reseeded on every call, so the Gumbel noise is the same draw for each finite difference.
    rng = np.random.default_rng(seed)

    def sample(logits, hard=False):
        torch.manual_seed(seed)
        return F.gumbel_softmax(logits, tau=0.7, hard=hard, dim=dim)

    logits = rng.standard_normal((3, 4))
    check_gradients(sample, [logits], rng)
    # hard=True: the one-hot sample carries the soft sample's gradient (straight through), by design
    # not the derivative of its piecewise-constant value.
    w = torch.tensor(rng.standard_normal((3, 4)))
    grads = []
    for hard in (False, True):
        x = torch.tensor(logits, requires_grad=True)
        y = sample(x, hard)
        (y * w).sum().backward()
        grads.append(x.grad)
        if hard:
            values = y.detach().numpy()  # one-hot, up to the rounding of y_hard - y_soft + y_soft
            np.testing.assert_allclose(values, np.round(values), atol=1e-15)
            np.testing.assert_array_equal(np.round(values).sum(axis=dim), 1)
    np.testing.assert_allclose(grads[1].numpy(), grads[0].numpy(), rtol=1e-12, atol=1e-15)
