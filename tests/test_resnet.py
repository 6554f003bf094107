"""torchvision.models.resnet18 on the engine: architecture, the article's freezing step, weights.

The article ends by loading ``resnet18(pretrained=True)`` and freezing every parameter. Offline
and without a cached checkpoint, that must print torchvision's two deprecation warnings plus
one clear warning that the pretrained weights are not available, and carry on with random
weights; with a checkpoint in the torch hub cache, it must load it.
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import warnings

import pytest

from autograd_tui import torch_alias

torch_alias.install()
import torch  # noqa: E402  (the engine, through the alias)
import torchvision  # noqa: E402
from torch import nn, optim  # noqa: E402

CHECKPOINT = "resnet18-f37072fd.pth"

# The article's last code block, verbatim, after `import torch, torchvision` (the article
# imports them in an earlier block).
ARTICLE_BLOCK = """\
from torch import nn, optim

model = torchvision.models.resnet18(pretrained=True)

# Freeze all the parameters in the network
for param in model.parameters():
    param.requires_grad = False
"""

DEPRECATION_PRETRAINED = ("The parameter 'pretrained' is deprecated since 0.13 and may be removed in the future, "
                          "please use 'weights' instead.")
DEPRECATION_WEIGHTS = ("Arguments other than a weight enum or `None` for 'weights' are deprecated since 0.13 and "
                       "may be removed in the future. The current behavior is equivalent to passing "
                       "`weights=ResNet18_Weights.IMAGENET1K_V1`. You can also use "
                       "`weights=ResNet18_Weights.DEFAULT` to get the most up-to-date weights.")


@pytest.fixture
def torch_home(tmp_path, monkeypatch):
    home = tmp_path / "torch-home"
    monkeypatch.setenv("TORCH_HOME", str(home))
    return home


@pytest.fixture(scope="module")
def model():
    torch.manual_seed(0)
    return torchvision.models.resnet18(weights=None)


def _run_article(tmp_cwd) -> tuple[dict, list[str]]:
    namespace = {"torch": torch, "torchvision": torchvision}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        exec(compile(ARTICLE_BLOCK, "article.py", "exec"), namespace)
    return namespace, [f"{w.category.__name__}: {w.message}" for w in caught]


# ---------------------------------------------------------------------------------------------
# Architecture
# ---------------------------------------------------------------------------------------------
def test_parameter_counts(model):
    params = list(model.parameters())
    assert len(params) == 62
    assert sum(p.numel() for p in params) == 11_689_512
    assert len(model.state_dict()) == 122


def test_names_and_layers(model):
    assert repr(model.fc) == "Linear(in_features=512, out_features=1000, bias=True)"
    assert [name for name, _ in model.named_children()] == [
        "conv1", "bn1", "relu", "maxpool", "layer1", "layer2", "layer3", "layer4", "avgpool", "fc"]
    names = [name for name, _ in model.named_parameters()]
    assert names[:3] == ["conv1.weight", "bn1.weight", "bn1.bias"]
    assert "layer2.0.downsample.0.weight" in names and "layer1.0.downsample.0.weight" not in names
    assert names[-2:] == ["fc.weight", "fc.bias"]
    assert type(model).__module__ == "torchvision.models.resnet"
    text = repr(model)
    assert text.startswith("ResNet(\n  (conv1): Conv2d(3, 64, kernel_size=(7, 7), stride=(2, 2), padding=(3, 3), "
                           "bias=False)\n")
    assert "      (downsample): Sequential(\n        (0): Conv2d(64, 128, kernel_size=(1, 1), stride=(2, 2), " \
           "bias=False)\n" in text
    assert text.endswith("  (avgpool): AdaptiveAvgPool2d(output_size=(1, 1))\n"
                         "  (fc): Linear(in_features=512, out_features=1000, bias=True)\n)")


def test_default_initialisation(model):
    # torchvision re-initialises every convolution with Kaiming-normal (fan_out, relu) and sets
    # batch norm to weight 1, bias 0.
    w = model.layer1[0].conv1.weight
    std = float(w.detach().std())
    assert abs(std - (2.0 / (64 * 9)) ** 0.5) < 0.005
    assert model.bn1.weight.tolist() == [1.0] * 64 and model.bn1.bias.tolist() == [0.0] * 64


# ---------------------------------------------------------------------------------------------
# The article's freezing step
# ---------------------------------------------------------------------------------------------
def test_article_block_runs_verbatim_offline(torch_home, tmp_path):
    namespace, shown = _run_article(tmp_path)
    model = namespace["model"]
    assert all(not p.requires_grad for p in model.parameters())
    assert shown[:2] == [f"UserWarning: {DEPRECATION_PRETRAINED}", f"UserWarning: {DEPRECATION_WEIGHTS}"]
    offline = shown[2:]
    assert len(offline) == 1, shown
    assert "not available offline" in offline[0]
    assert str(torch_home / "hub" / "checkpoints" / CHECKPOINT) in offline[0]
    assert "random" in offline[0]


def test_new_head_is_the_only_trainable_part_and_one_step_changes_only_it(torch_home, tmp_path):
    namespace, _ = _run_article(tmp_path)
    model = namespace["model"]
    model.fc = nn.Linear(512, 10)
    assert [name for name, p in model.named_parameters() if p.requires_grad] == ["fc.weight", "fc.bias"]

    before = {name: p.detach().clone() for name, p in model.named_parameters()}
    opt = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    torch.manual_seed(0)
    out = model(torch.randn(1, 3, 224, 224))
    assert tuple(out.shape) == (1, 10)
    loss = nn.CrossEntropyLoss()(out, torch.tensor([3]))
    loss.backward()
    assert model.conv1.weight.grad is None and model.layer4[1].bn2.weight.grad is None
    assert model.fc.weight.grad is not None
    opt.step()
    changed = [name for name, p in model.named_parameters() if not torch.equal(p, before[name])]
    assert changed == ["fc.weight", "fc.bias"]


def test_article_block_under_autograd_tui_run(torch_home, tmp_path):
    script = tmp_path / "article_end.py"
    script.write_text("import torch, torchvision\n" + ARTICLE_BLOCK + textwrap.dedent("""\
        model.fc = nn.Linear(512, 10)
        print([n for n, p in model.named_parameters() if p.requires_grad])
        """), encoding="utf-8")
    env = dict(os.environ, PYTHONIOENCODING="utf-8", TORCH_HOME=str(torch_home))
    result = subprocess.run([sys.executable, "-m", "autograd_tui", "run", str(script)], capture_output=True,
                            text=True, env=env, timeout=300)
    assert result.returncode == 0, result.stderr
    assert result.stdout == "['fc.weight', 'fc.bias']\n"
    assert result.stderr.count("not available offline") == 1


# ---------------------------------------------------------------------------------------------
# Weights
# ---------------------------------------------------------------------------------------------
def test_weights_enum_without_checkpoint_warns_once(torch_home):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        torchvision.models.resnet18(weights=torchvision.models.ResNet18_Weights.DEFAULT)
    messages = [str(w.message) for w in caught]
    assert len(messages) == 1 and "not available offline" in messages[0]


def test_weights_none_and_pretrained_false_are_random_and_quiet_about_weights(torch_home):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        torchvision.models.resnet18(weights=None)
    assert caught == []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        torchvision.models.resnet18(pretrained=False)
    assert [str(w.message) for w in caught][1].endswith("equivalent to passing `weights=None`.")
    assert not any("offline" in str(w.message) for w in caught)


def test_cached_checkpoint_is_loaded(torch_home, model):
    path = torch_home / "hub" / "checkpoints" / CHECKPOINT
    path.parent.mkdir(parents=True)
    torch.save(model.state_dict(), path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        loaded = torchvision.models.resnet18(weights="IMAGENET1K_V1")
    assert caught == []
    assert torch.equal(loaded.fc.weight, model.fc.weight)
    assert torch.equal(loaded.layer3[1].conv2.weight, model.layer3[1].conv2.weight)


def test_xdg_cache_home_is_honoured(tmp_path, monkeypatch):
    monkeypatch.delenv("TORCH_HOME", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        torchvision.models.resnet18(weights=torchvision.models.ResNet18_Weights.DEFAULT)
    assert str(tmp_path / "xdg" / "torch" / "hub" / "checkpoints" / CHECKPOINT) in str(caught[0].message)


def test_broken_checkpoint_warns_and_continues(torch_home):
    path = torch_home / "hub" / "checkpoints" / CHECKPOINT
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a checkpoint")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = torchvision.models.resnet18(weights=torchvision.models.ResNet18_Weights.DEFAULT)
    assert len(caught) == 1 and "could not be loaded" in str(caught[0].message)
    assert isinstance(model, torchvision.models.ResNet)


def test_num_classes_must_match_pretrained_weights(torch_home):
    with pytest.raises(ValueError, match="The parameter 'num_classes' expected value 1000 but got 10 instead."):
        torchvision.models.resnet18(weights="DEFAULT", num_classes=10)
    assert repr(torchvision.models.resnet18(num_classes=10).fc) == \
        "Linear(in_features=512, out_features=10, bias=True)"
